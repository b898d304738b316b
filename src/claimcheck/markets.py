"""Markets as data: the markets the loaded rule packs define, and which one a document is for.

Nothing here names a market. A rule pack defines markets (``market_definitions``: code, name,
whether it is the default, and *markers*, wording typical of that market's material such as
"SmPC") and names the markets its rules apply to (``markets``); the known markets are the union.
Adding a market is a rule pack, no Python (docs/rules.md). A market may *include* others
(``includes: [EU]``): its material is checked by every rule of the markets it includes as well as
by its own (a UK piece follows the EU rules, and the ABPI Code's besides), and its ``aliases`` are
other spellings a document may declare. A :class:`Markets` table is built per loaded set of rule
packs (no module-level state).

Which market a document is checked for: ``--market`` / config, else its declaration (front matter
``market:``, or a first line ``Market: XX``), else the default market. A declared market that no
pack knows is an error naming the known ones. A document that declares none is checked for the
market its text shows where that is unambiguous: it holds one of a single market's ``infer_from``
markers (wording only that market's material carries: the SmPC, the black triangle) and no marker
of the default market; a notice names the markers, so the reader knows and can declare it
(markers of a market and of one it includes show the including market: "SmPC" and "Yellow Card"
together show a UK piece). Else it is checked for the default market, with a notice where it holds
another market's markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ConfigError


@dataclass(frozen=True)
class Market:
    id: str
    name: str = ""
    default: bool = False
    markers: tuple[str, ...] = ()   # phrases; a {regex: ...} term is kept as "re:" + source
    decimal_comma: bool = False     # its material writes "80,7 %"
    file: str = ""
    line: int | None = None
    infer_from: tuple[str, ...] = ()   # markers only this market's material carries (same form)
    includes: tuple[str, ...] = ()     # markets whose rules apply to this market's material too
    aliases: tuple[str, ...] = ()      # other spellings a document may declare (upper-cased)


@dataclass
class Markets:
    """The known markets, in the order the packs name them."""

    known: dict[str, Market] = field(default_factory=dict)
    _markers: re.Pattern | None = field(default=None, repr=False)
    _infer: re.Pattern | None = field(default=None, repr=False)
    _compiled: bool = field(default=False, repr=False)

    def add(self, market: Market) -> None:
        old = self.known.get(market.id)
        if old is not None and old.name and market.name:
            raise ConfigError(f"market {market.id} is defined twice (also in {old.file}:{old.line})",
                              market.file, market.line)
        if market.default:
            other = self.default_market()
            if other is not None and other != market.id:
                raise ConfigError(f"two default markets: {other} and {market.id} (one at most)",
                                  market.file, market.line)
        if old is None or market.name:
            self.known[market.id] = market

    def name(self, market_id: str) -> Market:
        """Declare a market a pack names without defining it."""
        if market_id not in self.known:
            self.known[market_id] = Market(market_id)
        return self.known[market_id]

    def default_market(self) -> str | None:
        for m in self.known.values():
            if m.default:
                return m.id
        return None

    def default(self) -> str | None:
        """The market assumed when a document declares none: the one defined ``default: true``,
        else the first one known (None when no pack is loaded)."""
        return self.default_market() or next(iter(self.known), None)

    def lineage(self, market_id: str) -> tuple[str, ...]:
        """The market and every market it includes, directly or through another, nearest first
        (``UK`` including ``EU``: ``("UK", "EU")``): the markets whose rules apply to its material."""
        out = [market_id]
        for m in out:   # grows while it is read: breadth first, each market once (a cycle ends)
            for inc in (self.known[m].includes if m in self.known else ()):
                if inc not in out:
                    out.append(inc)
        return tuple(out)

    def validate(self) -> None:
        """Every market a definition includes is known and none includes itself (through others),
        and no alias is another market's code or alias: else a ConfigError at the definition."""
        for m in self.known.values():
            for inc in m.includes:
                if inc not in self.known:
                    raise ConfigError(f"market {m.id} includes {inc}, which no loaded rule pack defines "
                                      f"(known markets: {self.listing()})", m.file, m.line)
                if m.id in self.lineage(inc):
                    raise ConfigError(f"market {m.id} includes {inc}, which includes {m.id}: "
                                      "a market cannot include itself", m.file, m.line)
        spelled: dict[str, str] = {}
        for m in self.known.values():
            for alias in m.aliases:
                other = alias if alias in self.known else spelled.setdefault(alias, m.id)
                if other != m.id:
                    raise ConfigError(f"market alias {alias!r} of {m.id} is already the code or an alias of {other}",
                                      m.file, m.line)

    def decimal_comma(self, market_id: str | None) -> bool:
        """Whether this market's material writes decimal commas (``decimal_comma: true``)."""
        m = self.known.get(market_id) if market_id else None
        return bool(m and m.decimal_comma)

    def listing(self) -> str:
        return ", ".join(sorted(self.known)) or "none (no rule pack loaded)"

    def check(self, value: str, where: str | None = None, line: int | None = None, strict: bool = False) -> str:
        """``value`` as a known market code, else a ConfigError naming the known markets. With no
        market known (no rule pack loaded) any code passes, unless ``strict`` (a market asked for
        on the command line or in the configuration, which then has nothing to select)."""
        code = str(value).strip().upper()
        if code not in self.known:
            code = next((m.id for m in self.known.values() if code in m.aliases), code)
        if (self.known or strict) and code not in self.known:
            raise ConfigError(f"unknown market {str(value).strip()!r} (known markets: {self.listing()})", where, line)
        return code

    def markers_found(self, text: str, assumed: str) -> dict[str, list[str]]:
        """Markers of markets other than ``assumed`` and those it includes found in ``text``:
        {market: [marker, …]}."""
        if not self._compiled:
            self._compile()
        out: dict[str, list[str]] = {}
        if self._markers is None:
            return out
        own = self.lineage(assumed) if assumed else ()
        for m in self._markers.finditer(text):
            market = self._group_market[m.lastgroup]
            if market not in own:
                found = " ".join(m.group(0).split())
                if found not in out.setdefault(market, []):
                    out[market].append(found)
        return out

    def inferred(self, text: str) -> tuple[str, list[str]] | None:
        """(market, the markers that show it) for a text that holds ``infer_from`` markers of one
        market only, other than the default, and no marker of the default market; else None. Markers
        of a market and of markets it includes show that market (its own markers first)."""
        if not self._compiled:
            self._compile()
        if self._infer is None:
            return None
        shown: dict[str, list[str]] = {}
        for m in self._infer.finditer(text):
            found = " ".join(m.group(0).split())
            words = shown.setdefault(self._group_market[m.lastgroup], [])
            if found not in words:
                words.append(found)
        default = self.default()
        if default in shown:
            return None
        market = next((m for m in shown if set(shown) <= set(self.lineage(m))), None)
        if market is None:
            return None
        words = [w for m in self.lineage(market) for w in shown.get(m, ())]
        if default and default in self.markers_found(text, market):
            return None
        return market, words

    def _compile(self) -> None:
        from .phrases import phrase_source

        self._group_market: dict[str, str] = {}

        def alternation(attr: str) -> re.Pattern | None:
            parts = []
            for market in self.known.values():
                for marker in getattr(market, attr):
                    name = f"m{len(self._group_market)}"
                    self._group_market[name] = market.id
                    src = marker[3:] if marker.startswith("re:") else phrase_source(marker)
                    parts.append(f"(?P<{name}>{src})")
            return re.compile("|".join(parts), re.IGNORECASE) if parts else None

        self._markers = alternation("markers")
        self._infer = alternation("infer_from")
        self._compiled = True


__all__ = ["Market", "Markets"]
