"""The formatted editing surface: the block model (editor.text.surface) shown in a QTextDocument."""
