"""refrain: who said what, who printed it first, who repeated it, and which figures don't add up."""

from refrain.document import Document, Span, content_id

__all__ = ["Document", "Span", "content_id", "__version__"]
__version__ = "0.1.0"
