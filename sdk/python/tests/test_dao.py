"""A model's DAO from Python against a real `hokusai serve`: a member whose
wallet never holds ETH proposes a price, votes for it by an EIP-712 ballot
the server relays, and (after the dev chain's clock is moved through the
voting period and the timelock's delay) the proposal is queued and executed;
list_proposals shows its state move at each step. The member rates the model
by signature and reads the rating back; a rating signed by another key and a
non-member's rating are refused by the server, by name. A model is sold
outright through transactions the server prepares and the buyer's wallet
checks, signs and sends. Bad arguments are refused before any request."""

from __future__ import annotations

import secrets
import subprocess
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, TypeVar

import httpx
import pytest

from hokusai import ConflictError, ForbiddenError, HokusaiClient, InvalidInputError, NotFoundError, Proposal
from hokusai._wallet import SUPPORT, Wallet, ballot_digest, call_data, dev_private_key, rating_digest

from .test_errors import HOUSE_ROW, _model

T = TypeVar("T")


def _until(what: str, read: Callable[[], T], ok: Callable[[T], bool], timeout: float = 60.0) -> T:
    """Polls read() until ok holds (the server's index catches up with the chain)."""
    deadline = time.monotonic() + timeout
    while True:
        v = read()
        if ok(v):
            return v
        if time.monotonic() > deadline:
            raise AssertionError("%s never held; last: %r" % (what, v))
        time.sleep(0.2)


def _advance(hokusai_bin: str, server: str, by: str) -> None:
    """Moves the server's dev chain clock with the CLI (hokusai chain advance-time)."""
    out = subprocess.run([hokusai_bin, "chain", "advance-time", by, "--server", server], capture_output=True, text=True, check=True).stdout
    assert "chain time is now" in out, out


def _listed_state(client: HokusaiClient, model_id: int, proposal_id: str) -> str:
    return next((p.state for p in client.iter_proposals(model_id) if p.id == proposal_id), "")


def test_governed_price_by_a_member_without_eth(clock_server: str, hokusai_bin: str, repo: Path, tmp_path: Path) -> None:
    server = clock_server
    owner, model_id = _model(server, repo, tmp_path, 1, "decentralized")
    voter = HokusaiClient(base_url=server, private_key="0x" + secrets.token_hex(32))
    assert voter.connect_wallet()["balance_wei"] == 0

    # The voter becomes a member with its first settled call, paid by dev account 4's USDC.
    funder = HokusaiClient(base_url=server, private_key=dev_private_key(4))
    funder.deposit_credits("1", for_address=voter.wallet_address)
    voter.create_api_key(scopes=["call"], name="voter")  # signed by the voter's wallet: no gas
    assert voter.predict(model_id, HOUSE_ROW).fee_charged == "0.002"
    members = _until("the voter is a member", lambda: voter.list_agent_members(model_id),
                     lambda ms: any(m.account.lower() == str(voter.wallet_address).lower() for m in ms))
    assert [m.reason for m in members] == ["owner", "consumer"]

    # The owner's launch tokens, released through the server, go to the voter (votes delegate on receipt).
    vest = owner.release_vesting(model_id)
    assert vest.released_now and vest.released_now > 0 and vest.beneficiary.lower() == str(owner.wallet_address).lower()
    m = owner.get_model(model_id)
    weight = owner.get_token_balance(model_id)
    owner._chain_rpc().send(owner._need_wallet(), m.token, call_data("transfer(address,uint256)", ["address", "uint256"], [voter.wallet_address, weight]))
    assert voter.get_token_balance(model_id) == weight

    # Propose by a signed request; the state moves pending → active → succeeded → queued → executed.
    p = voter.propose(model_id, "Triple the price: the model is worth it.", price_per_call_micros=6000)
    assert (p.state, p.kind, p.params.get("price_per_call_micros")) == ("pending", "price", 6000) and p.tx_hash
    # The other kinds reach the chain through the same signed request, their parameters decoded back.
    tier = voter.propose(model_id, "Batch at 40% off.", kind="tier_discount", tier="batch", discount_bps=4000)
    assert (tier.kind, tier.params.get("tier"), tier.params.get("discount_bps")) == ("tier_discount", "batch", 4000)
    ent = voter.propose(model_id, "Account 4's contract.", kind="enterprise", consumer=funder.wallet_address, price_per_call="0.0015")
    assert (ent.kind, ent.params.get("price_per_call_micros"), str(ent.params.get("consumer")).lower()) == ("enterprise", 1500, str(funder.wallet_address).lower())
    rew = voter.propose(model_id, "Pay more per DeltaOne.", kind="rewards", tokens_per_delta_one=10 ** 23, max_reward=str(10 ** 24), contributor_bps=8000)
    assert (rew.kind, rew.params.get("tokens_per_delta_one"), rew.params.get("max_reward"), rew.params.get("contributor_bps")) == ("rewards", str(10 ** 23), str(10 ** 24), 8000)
    with pytest.raises(InvalidInputError) as ne:
        voter.propose(model_id, "A royalty from a model that is no fork.", kind="royalty", fork_id=model_id, royalty_bps=1000)
    assert ne.value.status_code == 400 and ne.value.field == "fork_id"
    with pytest.raises(ConflictError):
        voter.propose(model_id, "Triple the price: the model is worth it.", price_per_call_micros=6000)  # the same terms and words
    seen: List[str] = [_until("the proposal is listed", lambda: _listed_state(voter, model_id, p.id), lambda s: s == "pending")]
    assert [x.id for x in voter.list_proposals(model_id, "pending")][-1] == p.id  # newest first
    _advance(hokusai_bin, server, "2h")
    seen.append(_until("listed active", lambda: _listed_state(voter, model_id, p.id), lambda s: s == "active"))

    voted = voter.vote(model_id, p.id, "for")
    assert voted.state == "active" and voted.votes_for == weight and voted.tx_hash
    assert voted.quorum is not None and voted.quorum <= weight
    with pytest.raises(ConflictError) as again:
        voter.vote(model_id, p.id, "against")
    assert "already voted" in again.value.message
    with pytest.raises(ConflictError):
        voter.queue_proposal(model_id, p.id)  # the vote is still open: the Governor refuses, nothing is sent
    _advance(hokusai_bin, server, "169h")
    assert voter.get_proposal(model_id, p.id).state == "succeeded"
    seen.append(_until("listed succeeded", lambda: _listed_state(voter, model_id, p.id), lambda s: s == "succeeded"))

    queued = voter.queue_proposal(model_id, p.id)
    assert queued.state == "queued" and queued.eta > 0
    seen.append(_until("listed queued", lambda: _listed_state(voter, model_id, p.id), lambda s: s == "queued"))
    with pytest.raises(ConflictError):
        voter.execute_proposal(model_id, p.id)  # before the timelock's delay
    _advance(hokusai_bin, server, "25h")
    assert voter.execute_proposal(model_id, p.id).state == "executed"
    seen.append(_until("listed executed", lambda: _listed_state(voter, model_id, p.id), lambda s: s == "executed"))
    assert seen == ["pending", "active", "succeeded", "queued", "executed"]
    ramp = voter.get_model_dao(model_id).price_ramp
    assert (ramp["from_micros"], ramp["to_micros"], ramp["end"] - ramp["start"]) == (2000, 6000, 30 * 86400)

    # Ratings by signature, read back from the relayed answer and from the indexed ledger.
    r = voter.rate_model(model_id, 4)
    assert (r.stars, r.ratings, r.rating_sum) == (4, 1, 4) and r.member.lower() == str(voter.wallet_address).lower() and r.tx_hash
    r = voter.rate_model(model_id, 5)
    assert (r.stars, r.ratings, r.rating_sum, r.rating_mean) == (5, 1, 5, "5")
    ledger = _until("the rating is indexed", lambda: voter.get_agent_ledger(model_id), lambda led: led.ratings == 1 and led.rating_sum == 5)
    assert ledger.members == 2 and ledger.rating_mean in ("5", "5.00")
    mine = _until("the member's stars are indexed", lambda: voter.list_agent_members(model_id), lambda ms: ms[-1].stars == 5)
    assert mine[-1].account.lower() == str(voter.wallet_address).lower()

    # A rating signed by another key is refused on its signature, before the server sends anything.
    b = voter.get_rating_ballot(model_id, 1)
    forged = Wallet("0x" + secrets.token_hex(32)).sign_digest(rating_digest(b.chain_id, b.agent, 1, str(voter.wallet_address), b.nonce, b.deadline))
    with pytest.raises(InvalidInputError) as ei:
        voter.transport.request("POST", "/v1/models/%d/ratings" % model_id,
                                json_body={"member": voter.wallet_address, "stars": 1, "deadline": b.deadline, "signature": "0x" + forged.hex()})
    assert ei.value.status_code == 400 and ei.value.field == "signature" and ei.value.request_id
    # A wallet that is no member is refused by name.
    stranger = HokusaiClient(base_url=server, private_key=dev_private_key(2))
    with pytest.raises(ForbiddenError) as fe:
        stranger.rate_model(model_id, 3)
    assert fe.value.status_code == 403 and "not a member" in fe.value.message
    assert voter.get_agent_ledger(model_id).rating_sum == 5

    assert voter.connect_wallet()["balance_wei"] == 0  # the member voted and rated without ever holding ETH
    print("proposal %s…: %s; voted with %d token wei (quorum %d); rated 4 then 5; the voter holds 0 wei"
          % (p.id[:12], " → ".join(seen), weight, voted.quorum))


def test_sale_through_prepared_transactions(server: str, repo: Path, tmp_path: Path) -> None:
    owner, model_id = _model(server, repo, tmp_path, 6, "decentralized")
    buyer = HokusaiClient(base_url=server, private_key=dev_private_key(7))
    buyer.connect_wallet()
    assert not buyer.get_sale(model_id).for_sale

    listed = owner.list_model_for_sale(model_id, "25")
    assert listed.action == "list" and len(listed.transactions) == 1
    assert (listed.sale.for_sale, listed.sale.price_micros, listed.sale.price) == (True, 25_000_000, "25")
    assert str(listed.sale.seller).lower() == str(owner.wallet_address).lower()
    cancelled = owner.cancel_sale(model_id)
    assert cancelled.action == "cancel" and not cancelled.sale.for_sale and not buyer.get_sale(model_id).for_sale
    with pytest.raises(NotFoundError):
        buyer.buy_model(model_id, "25")  # not for sale now
    assert owner.list_model_for_sale(model_id, "25").sale.price_micros == 25_000_000
    with pytest.raises(ForbiddenError):
        buyer.list_model_for_sale(model_id, "1")  # not its owner: the server refuses to prepare it
    with pytest.raises(InvalidInputError) as ei:
        buyer.buy_model(model_id, "24.999999")
    assert ei.value.status_code == 400 and ei.value.field == "max_price_micros"
    with pytest.raises(ConflictError):
        owner.buy_model(model_id, "25")  # a seller cannot buy its own model

    bought = buyer.buy_model(model_id, "25")
    assert bought.action == "buy" and len(bought.transactions) in (1, 2) and not bought.sale.for_sale
    assert buyer.get_vesting(model_id).beneficiary.lower() == str(buyer.wallet_address).lower()
    # The server's index follows the sale: the model's owner is the buyer (and the seller owns
    # it no longer), from the indexed ModelTransferred event.
    sold = _until("model %d owned by the buyer" % model_id, lambda: buyer.get_model(model_id),
                  lambda m: str(m.owner).lower() == str(buyer.wallet_address).lower())
    assert str(sold.owner).lower() != str(owner.wallet_address).lower()
    assert str(owner.get_model(model_id).owner).lower() == str(buyer.wallet_address).lower()
    # The registry's owner moved with it: the buyer may list it now, the seller may not.
    assert len(buyer.prepare_sale(model_id, "list", price_micros=30_000_000)["transactions"]) == 1
    with pytest.raises(ForbiddenError):
        owner.prepare_sale(model_id, "list", price_micros=30_000_000)
    print("model %d listed for 25 USDC and bought by %s in %d transaction(s)" % (model_id, buyer.wallet_address, len(bought.transactions)))


def test_bad_arguments_send_nothing() -> None:
    sent: List[Any] = []
    c = HokusaiClient(base_url="http://127.0.0.1:9", private_key=dev_private_key(1))
    c.transport._http = httpx.Client(transport=httpx.MockTransport(lambda req: sent.append(req) or httpx.Response(500)))
    refused = [
        (lambda: c.rate_model(1, 0), "stars"), (lambda: c.rate_model(1, 6), "stars"), (lambda: c.rate_model(1, True), "stars"),
        (lambda: c.get_rating_ballot(1, 6, member="0x" + "11" * 20), "stars"),
        (lambda: c.propose(1, "Why.", kind="bogus"), "kind"), (lambda: c.propose(1, "Why.", kind="other"), "kind"),
        (lambda: c.propose(1, "Why.", price_per_call_micros=-1), "price_per_call_micros"),
        (lambda: c.propose(1, "Why.", price_per_call="-0.002"), "price_per_call"),
        (lambda: c.propose(1, "Why.", price_per_call=0.002), "price_per_call"),
        (lambda: c.propose(1, "Why.", price_per_call_micros=0), "price_per_call_micros"),
        (lambda: c.propose(1, "Why."), "price_per_call_micros"),
        (lambda: c.propose(1, "Why.", price_per_call_micros=6000, tier="batch"), "tier"),
        (lambda: c.propose(1, "   ", price_per_call_micros=6000), "description"),
        (lambda: c.propose(1, "Why.", kind="tier_discount", tier="gold", discount_bps=10), "tier"),
        (lambda: c.propose(1, "Why.", kind="tier_discount", tier="batch", discount_bps=9001), "discount_bps"),
        (lambda: c.propose(1, "Why.", kind="enterprise", consumer="0x12", price_per_call_micros=1), "consumer"),
        (lambda: c.propose(1, "Why.", kind="rewards", tokens_per_delta_one=0, max_reward=1), "tokens_per_delta_one"),
        (lambda: c.propose(1, "Why.", kind="rewards", tokens_per_delta_one=1, max_reward=2 ** 128), "max_reward"),
        (lambda: c.propose(1, "Why.", kind="royalty", fork_id=2, royalty_bps=2001), "royalty_bps"),
        (lambda: c.vote(1, "12", "maybe"), "support"), (lambda: c.vote(1, "0x12", "for"), "proposal_id"),
        (lambda: c.vote(1, -1, "for"), "proposal_id"), (lambda: c.queue_proposal(1, "abc"), "proposal_id"),
        (lambda: c.execute_proposal(None, "1"), "model_id"),
        (lambda: c.list_proposals(1, "voting"), "state"), (lambda: c.list_agent_members(1, limit=0), "limit"),
        (lambda: c.buy_model(1, "-5"), "max_usdc"), (lambda: c.buy_model(1, 25.0), "max_usdc"),
        (lambda: c.list_model_for_sale(1, "0"), "usdc"), (lambda: c.list_model_for_sale(1, "0.0000001"), "usdc"),
        (lambda: c.prepare_sale(1, "steal", "0x" + "11" * 20), "action"),
    ]
    for call, field in refused:
        with pytest.raises(ValueError) as ei:
            call()
        e = ei.value
        assert isinstance(e, InvalidInputError) and e.field == field and e.status_code is None, (field, e)
        assert e.message.endswith(".") and len(e.message) > 20, e.message
    assert sent == [], "a refused argument sent %d request(s)" % len(sent)


def test_signs_only_what_was_asked() -> None:
    """A server answering a ballot whose digest is not this vote's, or a sale plan with calls
    other than those asked for, gets nothing signed or sent."""
    key = dev_private_key(3)
    wallet = Wallet(key)
    market, usdc, registry = "0x" + "aa" * 20, "0x" + "bb" * 20, "0x" + "cc" * 20
    chain_id, governor, agent = 1337, "0x" + "dd" * 20, "0x" + "ee" * 20
    plan: Dict[str, Any] = {}
    posted: List[str] = []

    def answer(req: httpx.Request) -> httpx.Response:
        path = req.url.path
        if req.method == "POST":
            posted.append(path)
        if path == "/v1/chain":
            return httpx.Response(200, json={"chain_id": chain_id, "rpc_url": "http://127.0.0.1:9",
                                             "contracts": {"ModelRegistry": registry, "ModelMarket": market, "USDC": usdc}})
        if path == "/v1/models/1":
            return httpx.Response(200, json={"id": 1, "ticker": "ABC", "owner": wallet.address})
        if path.endswith("/ballot") and "proposals" in path:
            wrong = ballot_digest(chain_id, governor, 7, SUPPORT["against"], wallet.address, 0)  # another choice
            return httpx.Response(200, json={"chain_id": chain_id, "governor": governor, "proposal_id": "7", "support": "for",
                                             "voter": wallet.address, "nonce": "0", "digest": "0x" + wrong.hex()})
        if path.endswith("/ratings/ballot"):
            wrong = rating_digest(chain_id, agent, 5, wallet.address, 0, 2_000_000_000)  # other stars
            return httpx.Response(200, json={"chain_id": chain_id, "agent": agent, "member": wallet.address, "stars": 1, "nonce": "0",
                                             "deadline": 2_000_000_000, "digest": "0x" + wrong.hex(), "typed_data": {}})
        if path.endswith("/sale/transactions"):
            return httpx.Response(200, json=plan)
        return httpx.Response(404, json={"error": {"code": "NOT_FOUND", "message": "No route %s in this test." % path}})

    c = HokusaiClient(base_url="http://hokusai.test", private_key=key)
    c.transport._http = httpx.Client(transport=httpx.MockTransport(answer))
    c._wallet, c.wallet_address = wallet, wallet.address
    with pytest.raises(InvalidInputError) as ei:
        c.vote(1, 7, "for")
    assert ei.value.field == "digest"
    with pytest.raises(InvalidInputError) as ei:
        c.rate_model(1, 1)
    assert ei.value.field == "digest"

    def buy(model: int, max_price: int) -> str:
        return "0x" + call_data("buy(uint256,uint256)", ["uint256", "uint256"], [model, max_price]).hex()

    approve = "0x" + call_data("approve(address,uint256)", ["address", "uint256"], [market, 26_000_000]).hex()
    for txs in ([{"to": market, "data": buy(1, 30_000_000), "value": "0"}],  # a higher price than asked
                [{"to": market, "data": buy(2, 25_000_000), "value": "0"}],  # another model
                [{"to": usdc, "data": approve, "value": "0"}, {"to": market, "data": buy(1, 25_000_000), "value": "0"}],  # approves more
                [{"to": registry, "data": buy(1, 25_000_000), "value": "0"}],  # another contract
                [{"to": market, "data": buy(1, 25_000_000), "value": "1"}]):  # with ETH
        plan.clear()
        plan.update({"model_id": 1, "chain_id": chain_id, "from": wallet.address, "transactions": txs})
        with pytest.raises(InvalidInputError) as ei:
            c.buy_model(1, "25")
        assert ei.value.field == "transactions", ei.value
    assert all(p.endswith("/sale/transactions") for p in posted), posted  # no vote, rating or transaction went out


def test_proposal_from_json_amounts_are_exact() -> None:
    big = str(2 ** 200 + 1)
    p = Proposal.from_json({"id": big, "state": "active", "votes": {"for": big, "against": "0", "abstain": "7", "quorum": ""}})
    assert (p.votes_for, p.votes_against, p.votes_abstain, p.quorum) == (2 ** 200 + 1, 0, 7, None)


def test_trades_after_the_chain_clock_moved(clock_server: str, hokusai_bin: str, repo: Path, tmp_path: Path) -> None:
    """A trade's deadline comes from the chain's clock: a day after `hokusai chain advance-time`
    moved the dev chain ahead of this computer's clock, buy_tokens still succeeds, and past the
    pool's 7-day buy-only window so does sell_tokens."""
    server = clock_server
    _, model_id = _model(server, repo, tmp_path, 6, "decentralized")
    trader = HokusaiClient(base_url=server, private_key=dev_private_key(9))
    trader.connect_wallet()
    _advance(hokusai_bin, server, "24h")
    chain_now = trader._chain_rpc().latest_timestamp()
    assert chain_now > time.time() + 23 * 3600  # the chain is a day ahead of this computer
    q = trader.quote_buy(model_id, "10")
    bought = trader.buy_tokens(model_id, "10", slippage_bps=50)
    assert bought["tokens_delta"] == q["tokens_out"] >= bought["min_out"] > 0 and bought["usdc_delta"] == -10_000_000
    _advance(hokusai_bin, server, "168h")
    half = "%d.%018d" % divmod(bought["tokens_delta"] // 2, 10 ** 18)
    sold = trader.sell_tokens(model_id, half)
    assert sold["tokens_delta"] == -(bought["tokens_delta"] // 2) and sold["usdc_delta"] > 0
