"""Reports and ledgers as text: Markdown, HTML, JSON, ClaimReview JSON-LD, JSON Lines and CSV.

Every exporter is a pure function returning ``str``; the CLI writes it to stdout or a file.
"""
