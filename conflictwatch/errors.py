"""Numbered errors. Each message says what went wrong and what to do.

Codes: E1xx reading input, E2xx extraction, E3xx storage, E4xx API / web, E5xx settings.
Every code here is used in the package and listed in docs/errors.md (a meta-test checks both).
"""
from __future__ import annotations


class ConflictWatchError(Exception):
    """Base class: ``code`` (e.g. "E101") and a message that says what to do."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}"
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        return f"{self.code}: {where}{self.message}"

    def to_dict(self) -> dict:
        d = {"code": self.code, "message": self.message}
        if self.path:
            d["path"] = self.path
        if self.line is not None:
            d["line"] = self.line
        return d


def _make(code: str, name: str, doc: str) -> type[ConflictWatchError]:
    cls = type(name, (ConflictWatchError,), {"code": code, "__doc__": doc})
    return cls


# --- reading input (ingest/) ---
UnknownFileType = _make("E101", "UnknownFileType", "No reader for this kind of file.")
EmptyInput = _make("E102", "EmptyInput", "The file or report holds no text.")
BinaryInput = _make("E103", "BinaryInput", "The file is binary, not text or HTML.")
InputTooLarge = _make("E104", "InputTooLarge", "The file is larger than the configured limit.")
NoArticleText = _make("E105", "NoArticleText", "An HTML page with no article text.")
BadJsonLine = _make("E106", "BadJsonLine", "A JSON Lines line that is not a JSON object.")
BadReportRecord = _make("E107", "BadReportRecord", "A JSON report without the fields it needs.")
UnsupportedLanguage = _make("E108", "UnsupportedLanguage", "A report in a language we do not read.")
PathNotFound = _make("E109", "PathNotFound", "A path that does not exist.")
BadFeed = _make("E110", "BadFeed", "A feed that cannot be parsed.")
BadArchive = _make("E111", "BadArchive", "A WARC/ARC archive that cannot be read.")
BadDate = _make("E112", "BadDate", "A publication date that is not YYYY-MM-DD.")
ReaderFailed = _make("E113", "ReaderFailed", "A reader raised an unexpected error on one file.")
UnreadableFile = _make("E114", "UnreadableFile", "A file that cannot be opened, or is not a regular file.")
ReportTooSlow = _make("E115", "ReportTooSlow", "A report that took longer than the per-report time limit.")
# --- extraction ---
ExtractionFailed = _make("E201", "ExtractionFailed", "Extraction raised an unexpected error.")
BadLanguageData = _make("E202", "BadLanguageData", "A language data file is malformed.")
GazetteerMissing = _make("E203", "GazetteerMissing", "The shipped gazetteer file is missing.")
# --- storage ---
DatabaseUnavailable = _make("E301", "DatabaseUnavailable", "The database cannot be opened.")
NotFound = _make("E302", "NotFound", "No such record.")
SchemaOutOfDate = _make("E303", "SchemaOutOfDate", "The database schema needs migrating.")
BadExportFormat = _make("E304", "BadExportFormat", "Unknown export format.")
NoDatabase = _make("E305", "NoDatabase", "A read command named a SQLite database that does not exist.")
# --- API / web ---
Unauthorized = _make("E401", "Unauthorized", "Writing needs a token or a login.")
PayloadTooLarge = _make("E402", "PayloadTooLarge", "The upload is larger than allowed.")
BadRequest = _make("E403", "BadRequest", "The request is malformed.")
RateLimited = _make("E404", "RateLimited", "Too many requests.")
ServerError = _make("E405", "ServerError", "An unexpected error while answering a request.")
# --- settings ---
BadSetting = _make("E501", "BadSetting", "A setting has a value that is not allowed.")
MissingExtra = _make("E502", "MissingExtra", "An optional dependency (an extra) is not installed.")

ALL_ERRORS: dict[str, type[ConflictWatchError]] = {
    c.code: c for c in ConflictWatchError.__subclasses__()
}
