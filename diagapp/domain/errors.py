"""Errors the user can act on. Their message is shown as is (French first)."""

from __future__ import annotations

import errno


class DiagappError(Exception):
    """An error caused by the environment or by input, not a bug: shown to the user."""


class QuestionnaireError(DiagappError):
    def __init__(self, file: str, where: str, what: str) -> None:
        self.file, self.where, self.what = file, where, what
        place = f" — {where}" if where else ""
        super().__init__(f"Questionnaire invalide : {file}{place} : {what}")


class DataFileError(DiagappError):
    """A shipped or imported data file that does not follow its format."""

    def __init__(self, file: str, where: str, what: str) -> None:
        self.file, self.where, self.what = file, where, what
        place = f" — {where}" if where else ""
        super().__init__(f"Fichier invalide : {file}{place} : {what}")


_OS_ERRORS = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.EROFS: "support en lecture seule",
    errno.ENOSPC: "disque plein",
    errno.EDQUOT: "quota de disque dépassé",
    errno.EISDIR: "c'est un dossier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EBUSY: "ressource occupée",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EIO: "erreur de lecture ou d'écriture du disque",
    errno.EEXIST: "le fichier existe déjà",
    errno.ELOOP: "trop de liens symboliques",
    errno.EMFILE: "trop de fichiers ouverts",
    errno.ENFILE: "trop de fichiers ouverts",
    errno.EFBIG: "fichier trop volumineux",
    errno.ENXIO: "périphérique absent",
    errno.ENODEV: "périphérique absent",
    errno.EINVAL: "chemin ou opération invalide",
    errno.ETXTBSY: "fichier en cours d'utilisation",
    errno.EAGAIN: "ressource momentanément indisponible",
    errno.ENOLCK: "verrouillage impossible sur ce support",
    errno.EXDEV: "déplacement impossible d'un disque à l'autre",
    errno.ENOTEMPTY: "dossier non vide",
}


def explain_errno(exc: OSError) -> str:
    """An OSError in French words (its strerror is in the system's language, often English)."""
    known = _OS_ERRORS.get(exc.errno or 0)
    if known is not None:
        return known
    return f"erreur système n° {exc.errno}" if exc.errno else "erreur système"
