// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Groth16
/// @notice Checks a Groth16 proof on BN254 against a verifying key given as data, with the EVM's
/// ecAdd (0x06), ecMul (0x07) and pairing (0x08) precompiles. The key is data, not code, because
/// every circuit shape has its own multi-party ceremony and so its own key: the caller keeps each
/// key it trusts as the code of a data contract (`store`, `load`: one EXTCODECOPY per check
/// instead of 22 words of calldata per transaction).
///
/// Key layout (22 words for 3 public inputs): alpha (G1: x, y), beta, gamma, delta (G2: x.im,
/// x.re, y.im, y.re, the precompile's order), then IC[0..n] (G1), n = public inputs.
/// Proof layout: A (G1), B (G2, same order), C (G1). The check is
/// e(A, B) = e(alpha, beta) * e(vk_x, gamma) * e(C, delta) with vk_x = IC[0] + sum input[i] * IC[i+1].
library Groth16 {
    /// @dev The BN254 base field modulus.
    uint256 internal constant Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;
    /// @dev The BN254 scalar field modulus: public inputs must be below it.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @dev Words of a verifying key for 3 public inputs.
    uint256 internal constant VK_WORDS = 22;

    /// @notice Deploys `vk`'s words as the code of a new contract (after a leading STOP byte, so
    /// the code cannot run) and returns its address.
    function store(uint256[] calldata vk) internal returns (address dataContract) {
        bytes memory code = abi.encodePacked(hex"00", vk);
        // Creation code: copy the code after this 12-byte prefix into memory and return it.
        bytes memory init = abi.encodePacked(hex"61", uint16(code.length), hex"80600c6000396000f3", code);
        assembly ("memory-safe") {
            dataContract := create(0, add(init, 0x20), mload(init))
        }
    }

    /// @notice The VK_WORDS words `store` kept at `dataContract`.
    function load(address dataContract) internal view returns (uint256[] memory vk) {
        vk = new uint256[](VK_WORDS);
        assembly ("memory-safe") {
            extcodecopy(dataContract, add(vk, 0x20), 1, mul(VK_WORDS, 0x20))
        }
    }

    /// @notice Whether `proof` proves `input` under the key `vk`. Malformed keys, points off the
    /// curve and inputs outside the scalar field give false.
    function verify(uint256[] memory vk, uint256[8] calldata proof, uint256[3] memory input)
        internal
        view
        returns (bool ok)
    {
        if (vk.length != 14 + 2 * (input.length + 1)) return false;
        for (uint256 i; i < 8; ++i) {
            if (proof[i] >= Q) return false;
        }
        // vk_x = IC[0] + sum input[i] * IC[i+1]
        uint256[4] memory acc; // [x, y, scratch x, scratch y]
        bool failed;
        acc[0] = vk[14];
        acc[1] = vk[15];
        for (uint256 i; i < input.length; ++i) {
            uint256 s = input[i];
            if (s >= R) return false;
            uint256[3] memory term = [vk[16 + 2 * i], vk[17 + 2 * i], s];
            assembly ("memory-safe") {
                if iszero(staticcall(gas(), 0x07, term, 0x60, add(acc, 0x40), 0x40)) { failed := 1 }
                // ecAdd(acc[0..1], acc[2..3]) -> acc[0..1]
                if iszero(staticcall(gas(), 0x06, acc, 0x80, acc, 0x40)) { failed := 1 }
            }
        }
        if (failed) return false;
        uint256[24] memory p;
        // e(A, B)
        p[0] = proof[0];
        p[1] = proof[1];
        p[2] = proof[2];
        p[3] = proof[3];
        p[4] = proof[4];
        p[5] = proof[5];
        // e(-vk_x, gamma)
        p[6] = acc[0];
        p[7] = acc[1] == 0 ? 0 : Q - acc[1];
        p[8] = vk[6];
        p[9] = vk[7];
        p[10] = vk[8];
        p[11] = vk[9];
        // e(-C, delta)
        p[12] = proof[6];
        p[13] = proof[7] == 0 ? 0 : Q - proof[7];
        p[14] = vk[10];
        p[15] = vk[11];
        p[16] = vk[12];
        p[17] = vk[13];
        // e(-alpha, beta)
        p[18] = vk[0];
        p[19] = vk[1] == 0 ? 0 : Q - vk[1];
        p[20] = vk[2];
        p[21] = vk[3];
        p[22] = vk[4];
        p[23] = vk[5];
        uint256[1] memory out;
        bool success;
        assembly ("memory-safe") {
            success := staticcall(gas(), 0x08, p, 0x300, out, 0x20)
        }
        return success && out[0] == 1;
    }
}
