"""The desktop window: a thin PySide6 layer over workbench.core (the only package that imports Qt)."""
