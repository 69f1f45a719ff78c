"""The market: quote and buy a model's token from its pool with a slippage
bound, signed in Python and read back on-chain; a sell inside the pool's
buy-only launch window is refused by the contract, by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from hokusai import ChainRevertedError, HokusaiClient, InvalidInputError
from hokusai._wallet import dev_private_key

from .test_errors import _model


def test_buy_and_sell(server: str, repo: Path, tmp_path: Path) -> None:
    _, model_id = _model(server, repo, tmp_path, 8, "decentralized")
    trader = HokusaiClient(base_url=server, private_key=dev_private_key(9))
    trader.connect_wallet()
    price = trader.get_token_price(model_id)
    assert price > 0
    q = trader.quote_buy(model_id, "10")
    bought = trader.buy_tokens(model_id, "10", slippage_bps=50)
    assert bought["tokens_delta"] == q["tokens_out"] >= bought["min_out"] > 0
    assert bought["usdc_delta"] == -10_000_000
    assert trader.get_token_price(model_id) >= price  # buying never lowers the price
    # A new pool is buy-only during its launch window: the revert comes back by name.
    half = "%d.%018d" % divmod(bought["tokens_delta"] // 2, 10 ** 18)
    with pytest.raises(ChainRevertedError) as ce:
        trader.sell_tokens(model_id, half)
    assert "BuyOnlyWindow(" in str(ce.value)
    assert trader.get_token_balance(model_id) == bought["tokens_delta"]  # nothing sold
    with pytest.raises(InvalidInputError) as ei:
        trader.buy_tokens(model_id, "0.0000001")
    assert ei.value.field == "usdc"
