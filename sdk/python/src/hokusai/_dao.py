"""A model's Agent and DAO from Python: proposals made by a member's signed
request, votes and ratings signed by the wallet as EIP-712 typed data and
relayed by the server (the member needs no ETH), queueing and execution,
the Agent's ledger and members, the owner's vesting, and the outright sale
of a model through transactions the server prepares and the wallet checks,
signs and sends.

Every argument is checked here, before any request, and refused with an
``InvalidInputError`` (a ``ValueError``) that names it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Mapping, Optional, Union
from urllib.parse import quote

from eth_abi.abi import decode as abi_decode
from eth_utils.address import to_checksum_address

from . import _units
from ._transport import Signer, Transport
from ._wallet import SUPPORT, ChainRPC, Wallet, ballot_digest, rating_digest, selector
from .errors import InvalidInputError
from .models import (AgentLedger, AgentMember, Ballot, Model, ModelDAO, Proposal, Rating, RatingBallot, Sale, SaleResult,
                     Vesting)

#: What a proposal can do, by kind; ``other`` is how the server lists calls it does not decode.
PROPOSAL_KINDS = ("price", "tier_discount", "enterprise", "rewards", "royalty")
PROPOSAL_STATES = ("pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed")
TIERS = ("basic", "batch", "enterprise")
#: The kind-specific fields of propose, in the order a refusal names them, with the kinds that take each.
_PROPOSAL_FIELDS = (("price_per_call_micros", ("price", "enterprise")), ("price_per_call", ("price", "enterprise")),
                    ("tier", ("tier_discount",)), ("discount_bps", ("tier_discount",)), ("consumer", ("enterprise",)),
                    ("tokens_per_delta_one", ("rewards",)), ("max_reward", ("rewards",)), ("mint_threshold", ("rewards",)),
                    ("contributor_bps", ("rewards",)), ("fork_id", ("royalty",)), ("royalty_bps", ("royalty",)))
MAX_PRICE_PER_CALL_MICROS = 1_000_000_000
MAX_SALE_PRICE_MICROS = 10 ** 15
_UINT256 = 2 ** 256
_DIGITS = re.compile(r"^[0-9]{1,78}$")
_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")


def _int(field: str, v: Any, lo: int, hi: int, what: str) -> int:
    """v as an int in [lo, hi]: an int or a decimal digit string, never a float or a bool."""
    if isinstance(v, bool) or not isinstance(v, (int, str)) or (isinstance(v, str) and not _DIGITS.match(v.strip())):
        raise InvalidInputError("%s must be a whole number (an int or a string of digits), not %r; %s." % (field, v, what), field=field)
    n = int(v)
    if not lo <= n <= hi:
        raise InvalidInputError("%s must lie between %d and %d, got %d; %s." % (field, lo, hi, n, what), field=field)
    return n


def _address(field: str, v: Any) -> str:
    if not isinstance(v, str) or not _ADDRESS.match(v.strip()):
        raise InvalidInputError("%s must be an address (0x and 40 hex digits), not %r." % (field, v), field=field)
    return str(to_checksum_address(v.strip()))


def _model_ref(model_id: Any) -> str:
    """A model id or ticker as a path segment."""
    if isinstance(model_id, bool) or not isinstance(model_id, (int, str)) or (isinstance(model_id, int) and model_id < 0) \
            or (isinstance(model_id, str) and not model_id.strip()):
        raise InvalidInputError("model_id must be a model's id (an int) or its ticker, not %r." % (model_id,), field="model_id")
    return quote(str(model_id).strip(), safe="")


def _proposal_ref(proposal_id: Any) -> str:
    """A proposal id (a decimal uint256, as the API and Proposal.id give it)."""
    n = _int("proposal_id", proposal_id, 0, _UINT256 - 1, "give the proposal's id as Proposal.id shows it")
    return str(n)


def _usdc_price(field: str, v: Any) -> int:
    """A sale price in USDC (an exact decimal) as micro-USDC, 1 to 10**15."""
    if isinstance(v, float):
        raise InvalidInputError("%s is money: give it as a string or Decimal (\"25\", \"0.5\"), not the float %r." % (field, v), field=field)
    n = _units.usdc_micros(field, v)
    if not 1 <= n <= MAX_SALE_PRICE_MICROS:
        raise InvalidInputError("%s must lie between 0.000001 and 1,000,000,000 USDC, got %s." % (field, v), field=field)
    return n


def proposal_body(description: str, kind: str, fields: Mapping[str, Any]) -> Dict[str, Any]:
    """The body of a proposal request (POST /v1/models/{id}/proposals), checked as the server
    checks it: every field the kind takes in range, none it does not take."""
    if kind == "other":
        raise InvalidInputError("Kind other is how proposals with calls this platform does not decode are listed; propose one of %s." % ", ".join(PROPOSAL_KINDS), field="kind")
    if kind not in PROPOSAL_KINDS:
        raise InvalidInputError("kind must be one of %s, not %r." % (", ".join(PROPOSAL_KINDS), kind), field="kind")
    if not isinstance(description, str) or not description.strip() or len(description) > 2000:
        raise InvalidInputError("Say why in a description of 1 to 2,000 characters; it is part of the proposal's id, so two proposals need two descriptions.", field="description")
    given = {k: v for k, v in fields.items() if v is not None}
    for name, kinds in _PROPOSAL_FIELDS:
        if name in given and kind not in kinds:
            raise InvalidInputError("A %s proposal takes no %s; leave it out." % (kind, name), field=name)
    body: Dict[str, Any] = {"kind": kind, "description": description}
    if kind in ("price", "enterprise"):
        lo = 1 if kind == "price" else 0
        if "price_per_call" in given and "price_per_call_micros" in given:
            raise InvalidInputError("Give the price once: price_per_call (USDC) or price_per_call_micros, not both.", field="price_per_call")
        if "price_per_call" in given:
            v = given["price_per_call"]
            if isinstance(v, float):
                raise InvalidInputError("price_per_call is money: give it as a string or Decimal (\"0.006\"), not the float %r." % v, field="price_per_call")
            micros = _units.usdc_micros("price_per_call", v)
            if not lo <= micros <= MAX_PRICE_PER_CALL_MICROS:
                raise InvalidInputError("price_per_call must lie between %s and 1,000 USDC, got %s." % ("0.000001" if lo else "0", v), field="price_per_call")
        elif "price_per_call_micros" in given:
            micros = _int("price_per_call_micros", given["price_per_call_micros"], lo, MAX_PRICE_PER_CALL_MICROS, "micro-USDC per call (2000 = 0.002 USDC)")
        else:
            raise InvalidInputError("A %s proposal needs the price per call: price_per_call_micros=6000 or price_per_call=\"0.006\"." % kind, field="price_per_call_micros")
        body["price_per_call_micros"] = micros
    if kind == "tier_discount":
        if given.get("tier") not in TIERS:
            raise InvalidInputError("A tier_discount proposal needs tier: basic, batch or enterprise, not %r." % (given.get("tier"),), field="tier")
        if "discount_bps" not in given:
            raise InvalidInputError("A tier_discount proposal needs discount_bps, 0 to 9000 (2500 = 25%).", field="discount_bps")
        body["tier"] = given["tier"]
        body["discount_bps"] = _int("discount_bps", given["discount_bps"], 0, 9000, "basis points, 2500 = 25%")
    if kind == "enterprise":
        if "consumer" not in given:
            raise InvalidInputError("An enterprise proposal needs consumer, the address that owns the consumer's API keys.", field="consumer")
        body["consumer"] = _address("consumer", given["consumer"])
    if kind == "rewards":
        for name in ("tokens_per_delta_one", "max_reward"):
            if name not in given:
                raise InvalidInputError("A rewards proposal needs %s in token wei (an int or a string of digits)." % name, field=name)
            body[name] = str(_int(name, given[name], 1, 2 ** 128 - 1, "token wei"))
        if "mint_threshold" in given:
            body["mint_threshold"] = str(_int("mint_threshold", given["mint_threshold"], 0, 2 ** 96 - 1, "DeltaOnes in wad (10**18 = one), 0 for one DeltaOne"))
        if "contributor_bps" in given:
            body["contributor_bps"] = _int("contributor_bps", given["contributor_bps"], 0, 10_000, "the contributors' share in basis points, 0 meaning 7000")
    if kind == "royalty":
        if "fork_id" not in given or "royalty_bps" not in given:
            missing = "fork_id" if "fork_id" not in given else "royalty_bps"
            raise InvalidInputError("A royalty proposal needs fork_id (a fork of this model) and royalty_bps (0 to 2000).", field=missing)
        body["fork_id"] = _int("fork_id", given["fork_id"], 1, 2 ** 32 - 1, "the id of a fork of this model")
        body["royalty_bps"] = _int("royalty_bps", given["royalty_bps"], 0, 2000, "basis points of the fork's API fees, 500 = 5%")
    return body


class DAOMethods:
    """HokusaiClient's DAO, rating, vesting and sale methods."""

    _t: Transport

    if TYPE_CHECKING:
        wallet_address: Optional[str]

        def _get(self, path: str, params: Optional[Mapping[str, Any]] = None, auth: bool = True) -> Any: ...

        def _need_wallet(self) -> Wallet: ...

        def _signer(self, action: str, model: int, body_digest: Optional[bytes] = None) -> Signer: ...

        def _chain_rpc(self) -> ChainRPC: ...

        def _contract(self, name: str) -> str: ...

        def chain_info(self) -> Dict[str, Any]: ...

        def get_model(self, model_id: Union[int, str]) -> Model: ...

    # ---- the DAO ----

    def get_model_dao(self, model_id: Union[int, str]) -> ModelDAO:
        """A model's Agent, Governor, timelock, parent (for a fork) and price per call now, with
        any approved price's ramp (GET /v1/models/{id}/dao)."""
        return ModelDAO.from_json(dict(self._get("/v1/models/%s/dao" % _model_ref(model_id))))

    def propose(self, model_id: Union[int, str], description: str, *, kind: str = "price",
                price_per_call_micros: Optional[int] = None, price_per_call: Optional[Union[str, int, Decimal]] = None,
                tier: Optional[str] = None, discount_bps: Optional[int] = None, consumer: Optional[str] = None,
                tokens_per_delta_one: Optional[Union[int, str]] = None, max_reward: Optional[Union[int, str]] = None,
                mint_threshold: Optional[Union[int, str]] = None, contributor_bps: Optional[int] = None,
                fork_id: Optional[int] = None, royalty_bps: Optional[int] = None) -> Proposal:
        """Proposes a change to the model's DAO as a member (its owner, a contributor or a consumer
        with a settled call), by a request the connected wallet signs; the server sends the
        proposal and pays the gas (POST /v1/models/{id}/proposals). By kind: ``price`` ramps the
        price per call to price_per_call_micros (or price_per_call in USDC) over 30 days;
        ``tier_discount`` sets tier's (basic, batch, enterprise) discount_bps (at most 9000);
        ``enterprise`` gives consumer its own price per call (0 removes it); ``rewards`` sets
        tokens_per_delta_one and max_reward (token wei) and optionally mint_threshold (wad
        DeltaOnes) and contributor_bps; ``royalty`` sets the royalty_bps (at most 2000) that fork
        fork_id pays this model. Voting opens an hour later and lasts 7 days."""
        body = proposal_body(description, kind, {
            "price_per_call_micros": price_per_call_micros, "price_per_call": price_per_call, "tier": tier,
            "discount_bps": discount_bps, "consumer": consumer, "tokens_per_delta_one": tokens_per_delta_one,
            "max_reward": max_reward, "mint_threshold": mint_threshold, "contributor_bps": contributor_bps,
            "fork_id": fork_id, "royalty_bps": royalty_bps})
        ref = _model_ref(model_id)
        self._need_wallet()
        m = self.get_model(ref)
        out, _ = self._t.request("POST", "/v1/models/%d/proposals" % m.id, json_body=body, signer=self._signer("propose", m.id))
        return Proposal.from_json(dict(out))

    def get_proposal(self, model_id: Union[int, str], proposal_id: Union[int, str]) -> Proposal:
        """A proposal's state, votes, quorum and timepoints, with its kind, parameters and calls
        once indexed."""
        return Proposal.from_json(dict(self._get("/v1/models/%s/proposals/%s" % (_model_ref(model_id), _proposal_ref(proposal_id)))))

    def iter_proposals(self, model_id: Union[int, str], state: Optional[str] = None, *, page_size: int = 100) -> Iterator[Proposal]:
        """A model's proposals, newest first, page by page (GET /v1/models/{id}/proposals); state
        keeps those in that state now (pending, active, canceled, defeated, succeeded, queued,
        expired, executed)."""
        if state is not None and state not in PROPOSAL_STATES:
            raise InvalidInputError("state must be one of %s, not %r." % (", ".join(PROPOSAL_STATES), state), field="state")
        size = _int("page_size", page_size, 1, 100, "proposals per request")
        ref, offset = _model_ref(model_id), 0
        while True:
            page = self._get("/v1/models/%s/proposals" % ref, {"state": state, "limit": size, "offset": offset})
            data = page.get("data") or []
            for d in data:
                yield Proposal.from_json(dict(d))
            offset += len(data)
            if not data or offset >= int(page.get("total", 0)):
                return

    def list_proposals(self, model_id: Union[int, str], state: Optional[str] = None, *, limit: Optional[int] = None) -> List[Proposal]:
        """A model's proposals, newest first (at most limit), each with its kind, parameters,
        proposer, votes and state now; state keeps those in that state."""
        if limit is not None:
            _int("limit", limit, 1, 1 << 31, "the most proposals to return")
        out: List[Proposal] = []
        for p in self.iter_proposals(model_id, state, page_size=min(limit or 100, 100)):
            out.append(p)
            if limit is not None and len(out) >= limit:
                break
        return out

    def get_ballot(self, model_id: Union[int, str], proposal_id: Union[int, str], support: str = "for", voter: Optional[str] = None) -> Ballot:
        """The Governor's EIP-712 ballot voter (default: the connected wallet) signs to vote
        support (for, against or abstain) without ETH, with the digest the server says to sign."""
        if support not in SUPPORT:
            raise InvalidInputError("support is for, against or abstain, not %r." % (support,), field="support")
        who = voter if voter is not None else self.wallet_address
        if who is None:
            raise InvalidInputError("Give voter= or connect a wallet.", field="voter")
        params = {"voter": _address("voter", who), "support": support}
        return Ballot.from_json(dict(self._get("/v1/models/%s/proposals/%s/ballot" % (_model_ref(model_id), _proposal_ref(proposal_id)), params)))

    def vote(self, model_id: Union[int, str], proposal_id: Union[int, str], support: str = "for") -> Proposal:
        """Votes support (for, against or abstain) on a proposal with the connected wallet's
        token weight at its snapshot: fetches the ballot, rebuilds its EIP-712 digest here from
        the ballot's fields and this vote (refusing to sign a digest that differs), signs it,
        and has the server relay it (POST …/votes), so a member with no ETH votes. Returns the
        proposal after the vote."""
        if support not in SUPPORT:
            raise InvalidInputError("support is for, against or abstain, not %r." % (support,), field="support")
        pid = _proposal_ref(proposal_id)
        ref = _model_ref(model_id)
        wallet = self._need_wallet()
        b = self.get_ballot(ref, pid, support, voter=wallet.address)
        chain_id = int(self.chain_info()["chain_id"])
        if b.proposal_id != pid or b.chain_id != chain_id or b.voter.lower() != wallet.address.lower() or b.support != support \
                or not _ADDRESS.match(b.governor):
            raise InvalidInputError("The server's ballot does not match this vote (%s on %s by %s on chain %d); not signing it." % (support, pid, wallet.address, chain_id),
                                    field="ballot")
        digest = ballot_digest(chain_id, b.governor, int(pid), SUPPORT[support], wallet.address, b.nonce)
        if "0x" + digest.hex() != b.digest.lower():
            raise InvalidInputError("The server's ballot digest %s is not this vote's (0x%s); not signing it." % (b.digest, digest.hex()), field="digest")
        body = {"voter": wallet.address, "support": support, "signature": "0x" + wallet.sign_digest(digest).hex()}
        out, _ = self._t.request("POST", "/v1/models/%s/proposals/%s/votes" % (ref, pid), json_body=body)
        return Proposal.from_json(dict(out))

    def queue_proposal(self, model_id: Union[int, str], proposal_id: Union[int, str]) -> Proposal:
        """Queues a succeeded proposal in the DAO's timelock (anyone may; the server pays the gas).
        The Governor's refusal (still active, defeated…) is a ConflictError."""
        out, _ = self._t.request("POST", "/v1/models/%s/proposals/%s/queue" % (_model_ref(model_id), _proposal_ref(proposal_id)))
        return Proposal.from_json(dict(out))

    def execute_proposal(self, model_id: Union[int, str], proposal_id: Union[int, str]) -> Proposal:
        """Executes a queued proposal once the timelock's delay (a day) has passed (anyone may; the
        server pays the gas). Too early is a ConflictError."""
        out, _ = self._t.request("POST", "/v1/models/%s/proposals/%s/execute" % (_model_ref(model_id), _proposal_ref(proposal_id)))
        return Proposal.from_json(dict(out))

    # ---- the Agent's ledger, members and ratings ----

    def get_agent_ledger(self, model_id: Union[int, str]) -> AgentLedger:
        """The model's Agent ledger as the server indexed it: members, training shares, ratings,
        settled usage and the distributed training score."""
        return AgentLedger.from_json(dict(self._get("/v1/models/%s/ledger" % _model_ref(model_id))))

    def iter_agent_members(self, model_id: Union[int, str], *, page_size: int = 500) -> Iterator[AgentMember]:
        """The model's members in joining order, page by page, with why each is one (owner,
        contributor, consumer), its training shares and its rating."""
        size = _int("page_size", page_size, 1, 500, "members per request")
        ref, offset = _model_ref(model_id), 0
        while True:
            page = self._get("/v1/models/%s/members" % ref, {"limit": size, "offset": offset})
            data = page.get("data") or []
            for d in data:
                yield AgentMember.from_json(dict(d))
            offset += len(data)
            if not data or offset >= int(page.get("total", 0)):
                return

    def list_agent_members(self, model_id: Union[int, str], *, limit: Optional[int] = None) -> List[AgentMember]:
        """The model's members in joining order (at most limit)."""
        if limit is not None:
            _int("limit", limit, 1, 1 << 31, "the most members to return")
        out: List[AgentMember] = []
        for m in self.iter_agent_members(model_id, page_size=min(limit or 500, 500)):
            out.append(m)
            if limit is not None and len(out) >= limit:
                break
        return out

    def get_rating_ballot(self, model_id: Union[int, str], stars: int, member: Optional[str] = None, deadline: Optional[int] = None) -> RatingBallot:
        """The Agent's EIP-712 rating member (default: the connected wallet) signs to rate the
        model stars (1–5) without ETH: its nonce, a deadline (default an hour after the chain's
        newest block) and the digest the server says to sign."""
        n = _int("stars", stars, 1, 5, "a rating is 1 to 5 whole stars")
        who = member if member is not None else self.wallet_address
        if who is None:
            raise InvalidInputError("Give member= or connect a wallet.", field="member")
        params: Dict[str, Any] = {"member": _address("member", who), "stars": n}
        if deadline is not None:
            params["deadline"] = _int("deadline", deadline, 1, 2 ** 63 - 1, "Unix seconds after which the signature is refused")
        return RatingBallot.from_json(dict(self._get("/v1/models/%s/ratings/ballot" % _model_ref(model_id), params)))

    def rate_model(self, model_id: Union[int, str], stars: int, *, deadline: Optional[int] = None) -> Rating:
        """Rates the model stars (1–5) as the member whose wallet is connected: fetches the rating
        ballot, rebuilds its EIP-712 digest here (refusing to sign one that differs), signs it and
        has the server relay it (POST /v1/models/{id}/ratings), so the member needs no ETH. A later
        rating replaces the earlier one. A non-member is refused (ForbiddenError)."""
        n = _int("stars", stars, 1, 5, "a rating is 1 to 5 whole stars")
        if deadline is not None:
            _int("deadline", deadline, 1, 2 ** 63 - 1, "Unix seconds after which the signature is refused")
        ref = _model_ref(model_id)
        wallet = self._need_wallet()
        b = self.get_rating_ballot(ref, n, member=wallet.address, deadline=deadline)
        chain_id = int(self.chain_info()["chain_id"])
        if b.stars != n or b.chain_id != chain_id or b.member.lower() != wallet.address.lower() or b.deadline <= 0 \
                or (deadline is not None and b.deadline != deadline) or not _ADDRESS.match(b.agent):
            raise InvalidInputError("The server's rating ballot does not match this rating (%d stars by %s on chain %d); not signing it." % (n, wallet.address, chain_id),
                                    field="ballot")
        digest = rating_digest(chain_id, b.agent, n, wallet.address, b.nonce, b.deadline)
        if "0x" + digest.hex() != b.digest.lower():
            raise InvalidInputError("The server's rating digest %s is not this rating's (0x%s); not signing it." % (b.digest, digest.hex()), field="digest")
        body = {"member": wallet.address, "stars": n, "deadline": b.deadline, "signature": "0x" + wallet.sign_digest(digest).hex()}
        out, _ = self._t.request("POST", "/v1/models/%s/ratings" % ref, json_body=body)
        return Rating.from_json(dict(out))

    # ---- the owner's vesting ----

    def get_vesting(self, model_id: Union[int, str]) -> Vesting:
        """The owner's vesting (10% at launch, 90% over 365 days): total, released, releasable
        now and locked, in token wei."""
        return Vesting.from_json(dict(self._get("/v1/models/%s/vesting" % _model_ref(model_id))))

    def release_vesting(self, model_id: Union[int, str]) -> Vesting:
        """Releases what has vested to the model's owner (anyone may; the server pays the gas);
        released_now says how much. Nothing releasable is a ConflictError."""
        out, _ = self._t.request("POST", "/v1/models/%s/vesting/release" % _model_ref(model_id))
        return Vesting.from_json(dict(out))

    # ---- the outright sale ----

    def get_sale(self, model_id: Union[int, str]) -> Sale:
        """Whether the model is for sale outright, by whom and for how much."""
        return Sale.from_json(dict(self._get("/v1/models/%s/sale" % _model_ref(model_id))))

    def prepare_sale(self, model_id: Union[int, str], action: str, from_address: Optional[str] = None,
                     price_micros: Optional[int] = None) -> Dict[str, Any]:
        """The transactions from_address (default: the connected wallet) would sign and send, in
        order, to list the model for price_micros (action ``list``), cancel its listing
        (``cancel``) or buy it for at most price_micros (``buy``); nothing is sent. The server
        checks the action against the chain now (POST /v1/models/{id}/sale/transactions)."""
        if action not in ("list", "cancel", "buy"):
            raise InvalidInputError("action is list, cancel or buy, not %r." % (action,), field="action")
        who = from_address if from_address is not None else self.wallet_address
        if who is None:
            raise InvalidInputError("Give from_address= or connect a wallet.", field="from_address")
        body: Dict[str, Any] = {"action": action, "from": _address("from_address", who)}
        if action == "cancel":
            if price_micros is not None:
                raise InvalidInputError("Cancelling a listing takes no price; leave price_micros out.", field="price_micros")
        else:
            if price_micros is None:
                raise InvalidInputError("A %s needs price_micros, 1 to 10**15 micro-USDC." % action, field="price_micros")
            body["price_micros" if action == "list" else "max_price_micros"] = _int("price_micros", price_micros, 1, MAX_SALE_PRICE_MICROS, "micro-USDC")
        out, _ = self._t.request("POST", "/v1/models/%s/sale/transactions" % _model_ref(model_id), json_body=body)
        return dict(out)

    def list_model_for_sale(self, model_id: Union[int, str], usdc: Union[str, int, Decimal]) -> SaleResult:
        """As the owner: puts the model up for sale outright for usdc (an exact decimal, e.g.
        "2500"); the connected wallet signs and sends the listing (it needs ETH for the gas)."""
        return self._sale(model_id, "list", _usdc_price("usdc", usdc))

    def cancel_sale(self, model_id: Union[int, str]) -> SaleResult:
        """As the seller: withdraws the model from sale (the connected wallet signs and sends)."""
        return self._sale(model_id, "cancel", None)

    def buy_model(self, model_id: Union[int, str], max_usdc: Union[str, int, Decimal]) -> SaleResult:
        """Buys a listed model for at most max_usdc: the server prepares the transactions (a USDC
        approval when the allowance is short, then the purchase), this client checks each is
        the one asked for (the market or USDC, this model, no more than max_usdc), and the
        connected wallet signs and sends them. Every owner right (registry owner, Agent owner
        membership, owner fee share, vesting) moves to the wallet in one transaction."""
        return self._sale(model_id, "buy", _usdc_price("max_usdc", max_usdc))

    def _sale(self, model_id: Union[int, str], action: str, micros: Optional[int]) -> SaleResult:
        ref = _model_ref(model_id)
        wallet = self._need_wallet()
        m = self.get_model(ref)
        plan = self.prepare_sale(m.id, action, wallet.address, micros)
        market, usdc = self._contract("ModelMarket"), self._contract("USDC")
        if int(plan.get("chain_id", 0)) != int(self.chain_info()["chain_id"]) or str(plan.get("from", "")).lower() != wallet.address.lower():
            raise InvalidInputError("The server's sale plan is for %s on chain %s, not this wallet %s; not sending it." % (plan.get("from"), plan.get("chain_id"), wallet.address),
                                    field="transactions")
        txs = list(plan.get("transactions") or [])
        for tx in txs:
            _check_sale_call(tx, action, m.id, micros, market, usdc)
        rpc = self._chain_rpc()
        hashes = [str(rpc.send(wallet, str(tx["to"]), bytes.fromhex(str(tx["data"])[2:]))["transactionHash"]) for tx in txs]
        return SaleResult(raw=plan, model_id=m.id, action=action, transactions=hashes, sale=self.get_sale(m.id))


def _check_sale_call(tx: Mapping[str, Any], action: str, model: int, micros: Optional[int], market: str, usdc: str) -> None:
    """Refuses a prepared sale transaction that is not the call this action needs."""
    to, data = str(tx.get("to", "")).lower(), str(tx.get("data", ""))
    raw = bytes.fromhex(data[2:]) if re.match(r"^0x([0-9a-fA-F]{2})+$", data) else b""
    sel, args = raw[:4], raw[4:]
    ok = str(tx.get("value", "0")) == "0" and len(raw) >= 4
    try:
        if ok and to == market.lower() and action == "list" and sel == selector("list(uint256,uint96)"):
            ok = tuple(abi_decode(["uint256", "uint96"], args)) == (model, micros)
        elif ok and to == market.lower() and action == "cancel" and sel == selector("cancel(uint256)"):
            ok = tuple(abi_decode(["uint256"], args)) == (model,)
        elif ok and to == market.lower() and action == "buy" and sel == selector("buy(uint256,uint256)"):
            ok = tuple(abi_decode(["uint256", "uint256"], args)) == (model, micros)
        elif ok and to == usdc.lower() and action == "buy" and sel == selector("approve(address,uint256)"):
            spender, amount = abi_decode(["address", "uint256"], args)
            ok = str(spender).lower() == market.lower() and micros is not None and 0 < int(amount) <= micros
        else:
            ok = False
    except Exception:  # noqa: BLE001 - undecodable calldata is refused below
        ok = False
    if not ok:
        raise InvalidInputError("The server's sale transaction to %s (%s) is not the %s of model %d this wallet asked for; not sending it."
                                % (tx.get("to"), tx.get("description", ""), action, model), field="transactions")
