"""One base error; every error names the file (and line) it is about."""

from __future__ import annotations


class SummitcheckError(Exception):
    """Base of every error summitcheck reports to a user (exit status 2)."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        rule: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.rule = rule

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        rule = f"rule '{self.rule}': " if self.rule else ""
        return f"{where}{rule}{self.message}"


class RulesError(SummitcheckError):
    """rules.yaml cannot be read or does not validate; `problems` holds every
    problem found (this one first)."""

    problems: list[RulesError]

    def lines(self) -> list[str]:
        return [str(p) for p in getattr(self, "problems", None) or [self]]


class CorpusError(SummitcheckError):
    """The corpus path is missing or not a folder."""
