(function () {
  "use strict";
  var root = document.documentElement;
  root.setAttribute("data-js", "ready");

  var results = document.getElementById("results");
  if (results && window.location.hash !== "#main") {
    results.focus();
  }

  var form = document.getElementById("check-form");
  if (!form) {
    return;
  }
  var input = document.getElementById("files");
  var text = document.getElementById("text");
  var drop = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var status = document.getElementById("status");
  var button = document.getElementById("check-button");
  var maxFile = Number(form.getAttribute("data-max-file"));
  var maxFiles = Number(form.getAttribute("data-max-files"));
  var maxRequest = Number(form.getAttribute("data-max-request"));

  function size(bytes) {
    if (bytes >= 1048576) { return (bytes / 1048576).toFixed(1) + " MB"; }
    if (bytes >= 1024) { return Math.round(bytes / 1024) + " kB"; }
    return bytes + " bytes";
  }

  // What is wrong with the chosen files before they are sent, or "" when nothing is.
  function problem() {
    var files = input.files || [];
    var total = 0;
    var count = files.length + (text.value.trim() ? 1 : 0);
    for (var i = 0; i < files.length; i++) {
      total += files[i].size;
      if (files[i].size > maxFile) {
        return files[i].name + " is larger than " + size(maxFile) + ". Split it, or check a smaller file.";
      }
    }
    if (count > maxFiles) {
      return "At most " + maxFiles + " files can be checked at a time. Choose fewer, or put them in a .zip archive.";
    }
    if (total > maxRequest) {
      return "These files hold " + size(total) + ", more than the " + size(maxRequest) + " one check may hold.";
    }
    return "";
  }

  function describe() {
    var files = input.files || [];
    while (chosen.firstChild) { chosen.removeChild(chosen.firstChild); }
    for (var i = 0; i < files.length; i++) {
      var item = document.createElement("li");
      item.textContent = files[i].name + " (" + size(files[i].size) + ")";
      if (files[i].size > maxFile) {
        item.className = "bad";
        item.textContent += ": too large";
      }
      chosen.appendChild(item);
    }
    var message = problem();
    input.setCustomValidity(message);
    status.textContent = message;
  }

  input.addEventListener("change", describe);

  ["dragenter", "dragover"].forEach(function (name) {
    drop.addEventListener(name, function (event) {
      event.preventDefault();
      drop.classList.add("over");
    });
  });
  ["dragleave", "dragend"].forEach(function (name) {
    drop.addEventListener(name, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (event) {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      describe();
      input.focus();
    }
  });

  form.addEventListener("submit", function (event) {
    var message = problem();
    if (!message && !(input.files && input.files.length) && !text.value.trim()) {
      message = "Choose a file or paste a descriptor first.";
    }
    if (message) {
      event.preventDefault();
      status.textContent = message;
      input.focus();
      return;
    }
    form.setAttribute("aria-busy", "true");
    button.disabled = true;
    status.textContent = "Checking… this usually takes a few seconds.";
  });

  window.addEventListener("pageshow", function () {
    form.removeAttribute("aria-busy");
    button.disabled = false;
  });
}());
