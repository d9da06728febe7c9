"""PDF rendering of the plan, the blank form and cover sheets (reportlab platypus)."""
