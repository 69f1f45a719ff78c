"""What the SDK computes locally before it signs a vote or a rating, checked
by hypothesis: the EIP-712 digests of the Governor's Ballot and the Agent's
Rating equal eth-account's independent EIP-712 encoder for any chain,
contract, ids, nonces and deadlines, and equal the digest the server's
ballot routes say should be signed for random voters, choices, members,
stars and deadlines; a signature of that digest recovers to the wallet."""

from __future__ import annotations

import secrets
import time
from pathlib import Path
from typing import Any, Dict

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_utils.address import to_checksum_address
from eth_utils.crypto import keccak
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hokusai import HokusaiClient
from hokusai._wallet import SUPPORT, Wallet, ballot_digest, rating_digest

from .test_errors import _model

UINT256 = st.integers(min_value=0, max_value=2 ** 256 - 1)
ADDRESSES = st.binary(min_size=20, max_size=20).map(lambda b: str(to_checksum_address("0x" + b.hex())))
CHAIN_IDS = st.integers(min_value=1, max_value=2 ** 64 - 1)
_DOMAIN = [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
           {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}]


def _eip712(name: str, chain_id: int, contract: str, primary: str, fields: Any, message: Dict[str, Any]) -> bytes:
    m = encode_typed_data(full_message={"types": {"EIP712Domain": _DOMAIN, primary: fields}, "primaryType": primary,
                                        "domain": {"name": name, "version": "1", "chainId": chain_id, "verifyingContract": contract},
                                        "message": message})
    return bytes(keccak(b"\x19" + m.version + m.header + m.body))


@settings(max_examples=200, deadline=None)
@given(CHAIN_IDS, ADDRESSES, UINT256, st.sampled_from(sorted(SUPPORT.values())), ADDRESSES, UINT256)
def test_ballot_digest_is_eip712(chain_id: int, governor: str, proposal_id: int, support: int, voter: str, nonce: int) -> None:
    fields = [{"name": "proposalId", "type": "uint256"}, {"name": "support", "type": "uint8"},
              {"name": "voter", "type": "address"}, {"name": "nonce", "type": "uint256"}]
    want = _eip712("Hokusai model DAO", chain_id, governor, "Ballot", fields,
                   {"proposalId": proposal_id, "support": support, "voter": voter, "nonce": nonce})
    assert ballot_digest(chain_id, governor, proposal_id, support, voter, nonce) == want


@settings(max_examples=200, deadline=None)
@given(CHAIN_IDS, ADDRESSES, st.integers(min_value=0, max_value=255), ADDRESSES, UINT256, UINT256)
def test_rating_digest_is_eip712(chain_id: int, agent: str, stars: int, member: str, nonce: int, deadline: int) -> None:
    fields = [{"name": "stars", "type": "uint8"}, {"name": "member", "type": "address"},
              {"name": "nonce", "type": "uint256"}, {"name": "deadline", "type": "uint256"}]
    want = _eip712("Hokusai model Agent", chain_id, agent, "Rating", fields,
                   {"stars": stars, "member": member, "nonce": nonce, "deadline": deadline})
    assert rating_digest(chain_id, agent, stars, member, nonce, deadline) == want


@settings(max_examples=25, deadline=None)
@given(st.binary(min_size=32, max_size=32).filter(lambda b: 0 < int.from_bytes(b, "big") < 2 ** 255))
def test_signature_recovers_to_the_wallet(key: bytes) -> None:
    w = Wallet("0x" + key.hex())
    digest = keccak(key)
    sig = w.sign_digest(digest)
    assert len(sig) == 65 and sig[64] in (27, 28)
    assert Account._recover_hash(digest, signature=sig) == w.address


@pytest.fixture(scope="module")
def proposed(server: str, repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Any]:
    """A model on the shared server with one price proposal by its owner."""
    owner, model_id = _model(server, repo, tmp_path_factory.mktemp("digests"), 5, "decentralized")
    p = owner.propose(model_id, "A price to sign ballots for: %s." % secrets.token_hex(4), price_per_call="0.003")
    assert p.params.get("price_per_call_micros") == 3000
    return {"client": owner, "model": model_id, "proposal": p, "dao": owner.get_model_dao(model_id)}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(voter=ADDRESSES, support=st.sampled_from(sorted(SUPPORT)))
def test_ballot_digest_is_what_the_server_says(proposed: Dict[str, Any], voter: str, support: str) -> None:
    c, p = proposed["client"], proposed["proposal"]
    b = c.get_ballot(proposed["model"], p.id, support, voter=voter)
    assert (b.voter, b.proposal_id, b.governor) == (voter, p.id, proposed["dao"].governor)
    assert "0x" + ballot_digest(b.chain_id, b.governor, int(b.proposal_id), SUPPORT[support], voter, b.nonce).hex() == b.digest.lower()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(member=ADDRESSES, stars=st.integers(min_value=1, max_value=5), ahead=st.integers(min_value=120, max_value=29 * 86400))
def test_rating_digest_is_what_the_server_says(proposed: Dict[str, Any], member: str, stars: int, ahead: int) -> None:
    c = proposed["client"]
    head = int(c._chain_rpc().call_rpc("eth_getBlockByNumber", ["latest", False])["timestamp"], 16)
    deadline = max(head, int(time.time())) + ahead
    b = c.get_rating_ballot(proposed["model"], stars, member=member, deadline=deadline)
    assert (b.member, b.stars, b.deadline, b.agent) == (member, stars, deadline, proposed["dao"].agent)
    digest = rating_digest(b.chain_id, b.agent, stars, member, b.nonce, deadline)
    assert "0x" + digest.hex() == b.digest.lower()
    # The typed data the server hands a browser wallet signs to the same signature.
    key = "0x" + secrets.token_hex(32)
    typed = dict(b.typed_data)
    typed["message"] = dict(typed["message"], member=Account.from_key(key).address)
    mine = rating_digest(b.chain_id, b.agent, stars, Account.from_key(key).address, b.nonce, deadline)
    assert bytes(Account.sign_typed_data(key, full_message=typed).signature) == Wallet(key).sign_digest(mine)
