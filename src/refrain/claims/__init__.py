"""Claims: figures stated in articles, what they count, and where articles disagree.

>>> from refrain.claims import find, group
>>> a = find("Officials said 60 MEK members were arrested in 2018.", outlet="A")
>>> b = find("In 2018, 116 teams linked to the PMOI were detained.", outlet="B")
>>> [(g.what_key, g.agree) for g in group([("a", a[0]), ("b", b[0])])]
[('arrest|mek unit', False)]
"""

from refrain.claims.find import find
from refrain.claims.group import ConflictGroup, Source, group, values_agree
from refrain.claims.model import Claim, Part

__all__ = ["Claim", "ConflictGroup", "Part", "Source", "find", "group", "values_agree"]
