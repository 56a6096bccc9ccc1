"""Writes the smoke test's files: one short article in every format the workbench reads (needs the `test`
extra for reportlab). The bundle must find the place each names (packaging/smoke-formats.sh)."""

from email.message import EmailMessage
from pathlib import Path

from docx import Document
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
TITLE = "Fighters strike near Baghdad"
TEXT = "Fighters attacked a checkpoint in Baghdad on Monday, officials in Anbar said."
FRENCH = (
    "Attaque près de Tombouctou\n\nDes hommes armés ont attaqué lundi un convoi de l'armée malienne près de "
    "Tombouctou, a indiqué le ministère de la Défense à Bamako.\n"
)

(HERE / "article.txt").write_text(f"{TITLE}\n\n{TEXT}\n")
(HERE / "article-fr.txt").write_text(FRENCH)
(HERE / "article.md").write_text(f"# {TITLE}\n\n*Reuters* — {TEXT}\n")
(HERE / "article.html").write_text(
    f"<!doctype html><html><head><title>{TITLE}</title></head><body><article>"
    f"<h1>{TITLE}</h1><p>{TEXT}</p></article></body></html>\n"
)
pdf = canvas.Canvas(str(HERE / "article.pdf"), invariant=1)
pdf.drawString(72, 740, TITLE)
pdf.drawString(72, 720, TEXT)
pdf.save()
word = Document()
word.add_heading(TITLE)
word.add_paragraph(TEXT)
word.save(HERE / "article.docx")
mail = EmailMessage()
mail["Subject"], mail["From"], mail["Date"] = TITLE, "desk@example.org", "Tue, 06 Feb 2024 09:00:00 +0000"
mail.set_content(TEXT)
(HERE / "article.eml").write_bytes(bytes(mail))
