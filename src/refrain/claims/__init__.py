"""Claims: figures stated in articles, what they count, and where articles disagree.

>>> from refrain.claims import find, group
>>> a = find("Police said 60 protesters were arrested in Varnia city in 2018.", outlet="A")
>>> b = find("In 2018, 116 protesters were arrested in Varnia city, a rights group said.", outlet="B")
>>> [(g.what_key, g.agree) for g in group([("a", a[0]), ("b", b[0])])]
[('arrest|protester', False)]
"""

from refrain.claims.find import find
from refrain.claims.group import ConflictGroup, Source, group, values_agree
from refrain.claims.model import Claim, Part

__all__ = ["Claim", "ConflictGroup", "Part", "Source", "find", "group", "values_agree"]
