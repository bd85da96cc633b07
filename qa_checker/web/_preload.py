"""Imported once by the process the check workers are forked from: loads the checker and warms its caches.

Every worker forked afterwards starts with the rules' vocabularies, language profiles and compiled
schema already loaded, instead of paying for them on its first upload.
"""

from qa_checker.web import worker

worker.warm()
