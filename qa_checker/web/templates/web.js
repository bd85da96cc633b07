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
  var decimal = form.getAttribute("data-decimal") || ".";

  // A message of the page's language (a data-text-* attribute), its {name} placeholders filled in.
  function say(name, values) {
    var text = form.getAttribute("data-text-" + name) || "";
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values || {}, key) ? String(values[key]) : whole;
    });
  }

  function size(bytes) {
    if (bytes >= 1048576) { return say("megabytes", {size: (bytes / 1048576).toFixed(1).replace(".", decimal)}); }
    if (bytes >= 1024) { return say("kilobytes", {size: Math.round(bytes / 1024)}); }
    return say("bytes", {size: bytes});
  }

  // What is wrong with the chosen files before they are sent, or "" when nothing is.
  function problem() {
    var files = input.files || [];
    var total = 0;
    var count = files.length + (text.value.trim() ? 1 : 0);
    for (var i = 0; i < files.length; i++) {
      total += files[i].size;
      if (files[i].size > maxFile) {
        return say("too-large", {name: files[i].name, limit: size(maxFile)});
      }
    }
    if (count > maxFiles) {
      return say("too-many", {count: maxFiles});
    }
    if (total > maxRequest) {
      return say("too-much", {total: size(total), limit: size(maxRequest)});
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
        item.textContent += ": " + say("file-too-large");
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
      message = say("nothing");
    }
    if (message) {
      event.preventDefault();
      status.textContent = message;
      input.focus();
      return;
    }
    form.setAttribute("aria-busy", "true");
    button.disabled = true;
    status.textContent = say("checking");
  });

  window.addEventListener("pageshow", function () {
    form.removeAttribute("aria-busy");
    button.disabled = false;
  });
}());
