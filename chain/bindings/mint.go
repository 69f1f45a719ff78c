// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// Contributor is an auto generated low-level Go binding around an user-defined struct.
type Contributor struct {
	Account   common.Address
	WeightBps uint16
}

// CreditVaultAccount is an auto generated low-level Go binding around an user-defined struct.
type CreditVaultAccount struct {
	Balance *big.Int
	Pending *big.Int
	ReadyAt *big.Int
}

// DeltaOneVerifierConfig is an auto generated low-level Go binding around an user-defined struct.
type DeltaOneVerifierConfig struct {
	DeltaOneSize *big.Int
	Metric       uint8
	Direction    uint8
	Method       uint8
	K            uint8
	N            uint8
	Configured   bool
}

// DeltaOneVerifierHead is an auto generated low-level Go binding around an user-defined struct.
type DeltaOneVerifierHead struct {
	Score  *big.Int
	Digest [32]byte
}

// DeltaOneVerifierMintRequest is an auto generated low-level Go binding around an user-defined struct.
type DeltaOneVerifierMintRequest struct {
	ModelId         *big.Int
	BaselineScore   *big.Int
	CandidateScore  *big.Int
	CandidateDigest [32]byte
	DatasetDigest   [32]byte
	BenchmarkHash   [32]byte
	ReceiptHash     [32]byte
	SampleCount     uint64
	LowerBound      *big.Int
	Contributors    []Contributor
	IdempotencyKey  [32]byte
	Deadline        uint64
}

// DeltaOneVerifierSignature is an auto generated low-level Go binding around an user-defined struct.
type DeltaOneVerifierSignature struct {
	R [32]byte
	S [32]byte
	V uint8
}

// DeltaOneVerifierVerifierConfig is an auto generated low-level Go binding around an user-defined struct.
type DeltaOneVerifierVerifierConfig struct {
	Method    uint8
	K         uint8
	Attesters []common.Address
}

// DeltaOneVerifierZkConfig is an auto generated low-level Go binding around an user-defined struct.
type DeltaOneVerifierZkConfig struct {
	VkHash        [32]byte
	BenchmarkHash [32]byte
	HeadCommit    *big.Int
	DataCommit    *big.Int
	State         *big.Int
	Rows          uint32
}

// DeltaOneVerifierZkMintRequest is an auto generated low-level Go binding around an user-defined struct.
type DeltaOneVerifierZkMintRequest struct {
	ModelId         *big.Int
	CandidateDigest [32]byte
	NewState        *big.Int
	B               uint64
	C               uint64
	ReceiptHash     [32]byte
	Contributors    []Contributor
	IdempotencyKey  [32]byte
	Nonce           uint64
	Deadline        uint64
}

// DeltaOneVerifierZkStatus is an auto generated low-level Go binding around an user-defined struct.
type DeltaOneVerifierZkStatus struct {
	VkHash        [32]byte
	BenchmarkHash [32]byte
	State         *big.Int
	Rows          uint32
	Nonce         uint64
}

// TokenManagerManagerConfig is an auto generated low-level Go binding around an user-defined struct.
type TokenManagerManagerConfig struct {
	TokensPerDeltaOne *big.Int
	MaxReward         *big.Int
	MintThreshold     *big.Int
	ContributorBps    uint16
	ApiFeeRate        uint64
}

// TokenManagerPriceRamp is an auto generated low-level Go binding around an user-defined struct.
type TokenManagerPriceRamp struct {
	From  uint64
	To    uint64
	Start *big.Int
	End   *big.Int
	Set   bool
}

// TokenManagerRewardConfig is an auto generated low-level Go binding around an user-defined struct.
type TokenManagerRewardConfig struct {
	TokensPerDeltaOne *big.Int
	MaxReward         *big.Int
	Budget            *big.Int
	MintThreshold     *big.Int
	ContributorBps    uint16
	Configured        bool
	Minted            bool
}

// CreditVaultMetaData contains all meta data concerning the CreditVault contract.
var CreditVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"usdc_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"DelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoWithdrawalRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RouterAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"router\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"entries\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Debited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balanceAfter\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"router\",\"type\":\"address\"}],\"name\":\"RouterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"WithdrawalCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"WithdrawalDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balanceAfter\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_WITHDRAWAL_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"balance\",\"type\":\"uint128\"},{\"internalType\":\"uint88\",\"name\":\"pending\",\"type\":\"uint88\"},{\"internalType\":\"uint40\",\"name\":\"readyAt\",\"type\":\"uint40\"}],\"internalType\":\"structCreditVault.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"entries\",\"type\":\"uint256[]\"}],\"name\":\"debit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"router_\",\"type\":\"address\"}],\"name\":\"setRouter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"setWithdrawalDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"usdc\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "2f5b751cfc0e89fec6764686d449956894",
	Bin: "0x60a0346100aa57601f610f5138819003918201601f19168301916001600160401b038311848410176100ae5780849260409485528339810103126100aa578051906001600160a01b03821682036100aa57602001516001600160a01b03811691908290036100aa57620151806002556080525f80546001600160a01b031916919091179055604051610e8e90816100c382396080518181816107e4015281816108390152610cba0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80632261128014610b475780632f4f21e214610b225780633ccfd60b1461085d5780633e413bee1461080d57806340431ea614610659578063704b6c02146105b557806370a082311461055e5780638086b8ba146104ad5780639ee679e814610367578063a238f9df1461034a578063a7ab69611461032d578063b6b55f251461030e578063c0d78655146101f6578063d2c13da514610132578063f851a440146101005763f887ea40146100c9575f80fd5b346100fc575f6003193601126100fc57602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b5f80fd5b346100fc575f6003193601126100fc57602073ffffffffffffffffffffffffffffffffffffffff5f5416604051908152f35b346100fc5760206003193601126100fc5760043573ffffffffffffffffffffffffffffffffffffffff5f541633036101ca5762278d00811161019f576020817f41777346a14390a3108e351819fbec31854ee0a25e66bd476cb2747b3be7f5fe92600255604051908152a1005b7f6ae94038000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346100fc5760206003193601126100fc5761020f610bb7565b73ffffffffffffffffffffffffffffffffffffffff5f541633036101ca576001549073ffffffffffffffffffffffffffffffffffffffff82166102e65773ffffffffffffffffffffffffffffffffffffffff169081156102be57817fc6b438e6a8a59579ce6a4406cbd203b740e0d47b458aae6596339bcd40c40d15927fffffffffffffffffffffffff00000000000000000000000000000000000000006020931617600155604051908152a1005b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa9112be0000000000000000000000000000000000000000000000000000000005f5260045ffd5b346100fc5760206003193601126100fc5761032b60043533610be7565b005b346100fc575f6003193601126100fc576020600254604051908152f35b346100fc575f6003193601126100fc57602060405162278d008152f35b346100fc5760206003193601126100fc57600435801561048557335f52600360205260405f206fffffffffffffffffffffffffffffffff815416808311610451575061041e6103b860025442610bda565b82547fffffffffff00000000000000000000000000000000000000000000000000000060d883901b166fffffffffffffffffffffffffffffffff9091167affffffffffffffffffffff00000000000000000000000000000000608087901b161717909255565b60405191825260208201527f24b91f4f47caf44230a57777a9be744924e82bf666f2d5702faf97df35e60f9f60403392a2005b90507ff2aac135000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b346100fc5760206003193601126100fc5773ffffffffffffffffffffffffffffffffffffffff6104db610bb7565b5f60406104e6610dc2565b8281528260208201520152165f526003602052606060405f2064ffffffffff61050d610dc2565b91546affffffffffffffffffffff6fffffffffffffffffffffffffffffffff82169384815260406020820191838560801c168352019260d81c83526040519485525116602084015251166040820152f35b346100fc5760206003193601126100fc5773ffffffffffffffffffffffffffffffffffffffff61058c610bb7565b165f52600360205260206fffffffffffffffffffffffffffffffff60405f205416604051908152f35b346100fc5760206003193601126100fc576105ce610bb7565b5f5473ffffffffffffffffffffffffffffffffffffffff811633036101ca577fffffffffffffffffffffffff000000000000000000000000000000000000000060209173ffffffffffffffffffffffffffffffffffffffff7f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c941691829116175f55604051908152a1005b346100fc5760206003193601126100fc5760043567ffffffffffffffff81116100fc57366023820112156100fc57806004013567ffffffffffffffff81116100fc573660248260051b840101116100fc575f9173ffffffffffffffffffffffffffffffffffffffff6001541633036101ca575f925b8284101561079a5760248460051b830101359065ffffffffffff8260601c9260181c1691805f52600360205260405f20906fffffffffffffffffffffffffffffffff82541690818511610766575081547fffffffffffffffffffffffffffffffff0000000000000000000000000000000016908490036fffffffffffffffffffffffffffffffff1617905560019490940193016106ce565b8492507ff2aac135000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b6020908360405190815281838201527f744a4f5120d6b6a4c1908baad4e145ff85f68f0a31c134e1d5d22fa7c5e5a84060403392a2806107dd575b604051908152f35b61080881337f0000000000000000000000000000000000000000000000000000000000000000610e0f565b6107d5565b346100fc575f6003193601126100fc57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100fc575f6003193601126100fc57335f52600360205260405f20610881610dc2565b90546fffffffffffffffffffffffffffffffff811682526affffffffffffffffffffff8160801c16906020830191808352604084019160d81c825215610af65764ffffffffff905116804210610ac757505190516fffffffffffffffffffffffffffffffff16906affffffffffffffffffffff1681811015610aaf576fffffffffffffffffffffffffffffffff905b16808203918211610a8257602091610a44610929610dc2565b6fffffffffffffffffffffffffffffffff8316815264ffffffffff8582015f81526109f86affffffffffffffffffffff60408501925f8452335f5260038a526fffffffffffffffffffffffffffffffff8060405f20975116167fffffffffffffffffffffffffffffffff00000000000000000000000000000000875416178655511684907fffffffffff0000000000000000000000ffffffffffffffffffffffffffffffff7affffffffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b5182547affffffffffffffffffffffffffffffffffffffffffffffffffffff16911660d81b7fffffffffff00000000000000000000000000000000000000000000000000000016179055565b60405190828252838201527f92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc660403392a2806107dd57604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b506fffffffffffffffffffffffffffffffff81610910565b7fb42fcca6000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b7f6756774e000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346100fc5760406003193601126100fc5761032b610b3e610bb7565b60243590610be7565b346100fc575f6003193601126100fc57335f52600360205260405f206affffffffffffffffffffff815460801c1615610af65780546fffffffffffffffffffffffffffffffff169055337fc51fdb96728de385ec7859819e3997bc618362ef0dbca0ad051d856866cda3db5f80a2005b6004359073ffffffffffffffffffffffffffffffffffffffff821682036100fc57565b91908201809211610a8257565b81156104855773ffffffffffffffffffffffffffffffffffffffff1680156102be57805f52600360205260405f20610c32836fffffffffffffffffffffffffffffffff835416610bda565b906fffffffffffffffffffffffffffffffff8211610d96576fffffffffffffffffffffffffffffffff808316167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161790556040519083825260208201527ff5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c560403392a37f000000000000000000000000000000000000000000000000000000000000000090604051907f23b872dd000000000000000000000000000000000000000000000000000000005f52336004523060245260445260205f60648180865af19060015f5114821615610d75575b6040525f60605215610d335750565b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b906001811516610d8d57823b15153d15161690610d24565b503d5f823e3d90fd5b837f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b604051906060820182811067ffffffffffffffff821117610de257604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b9173ffffffffffffffffffffffffffffffffffffffff604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615610e76575b60405215610d335750565b906001811516610d8d57823b15153d15161690610e6b56",
}

// CreditVault is an auto generated Go binding around an Ethereum contract.
type CreditVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CreditVault) GetABI() abi.ABI {
	return c.abi
}

// NewCreditVault creates a new instance of CreditVault.
func NewCreditVault() *CreditVault {
	parsed, err := CreditVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CreditVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CreditVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address usdc_, address admin_) returns()
func (creditVault *CreditVault) PackConstructor(usdc_ common.Address, admin_ common.Address) []byte {
	enc, err := creditVault.abi.Pack("", usdc_, admin_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXWITHDRAWALDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa238f9df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WITHDRAWAL_DELAY() view returns(uint256)
func (creditVault *CreditVault) PackMAXWITHDRAWALDELAY() []byte {
	enc, err := creditVault.abi.Pack("MAX_WITHDRAWAL_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWITHDRAWALDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa238f9df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WITHDRAWAL_DELAY() view returns(uint256)
func (creditVault *CreditVault) TryPackMAXWITHDRAWALDELAY() ([]byte, error) {
	return creditVault.abi.Pack("MAX_WITHDRAWAL_DELAY")
}

// UnpackMAXWITHDRAWALDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa238f9df.
//
// Solidity: function MAX_WITHDRAWAL_DELAY() view returns(uint256)
func (creditVault *CreditVault) UnpackMAXWITHDRAWALDELAY(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("MAX_WITHDRAWAL_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(address account) view returns((uint128,uint88,uint40))
func (creditVault *CreditVault) PackAccountOf(account common.Address) []byte {
	enc, err := creditVault.abi.Pack("accountOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(address account) view returns((uint128,uint88,uint40))
func (creditVault *CreditVault) TryPackAccountOf(account common.Address) ([]byte, error) {
	return creditVault.abi.Pack("accountOf", account)
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8086b8ba.
//
// Solidity: function accountOf(address account) view returns((uint128,uint88,uint40))
func (creditVault *CreditVault) UnpackAccountOf(data []byte) (CreditVaultAccount, error) {
	out, err := creditVault.abi.Unpack("accountOf", data)
	if err != nil {
		return *new(CreditVaultAccount), err
	}
	out0 := *abi.ConvertType(out[0], new(CreditVaultAccount)).(*CreditVaultAccount)
	return out0, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (creditVault *CreditVault) PackAdmin() []byte {
	enc, err := creditVault.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (creditVault *CreditVault) TryPackAdmin() ([]byte, error) {
	return creditVault.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (creditVault *CreditVault) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := creditVault.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (creditVault *CreditVault) PackBalanceOf(account common.Address) []byte {
	enc, err := creditVault.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (creditVault *CreditVault) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return creditVault.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (creditVault *CreditVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22611280.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWithdrawal() returns()
func (creditVault *CreditVault) PackCancelWithdrawal() []byte {
	enc, err := creditVault.abi.Pack("cancelWithdrawal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22611280.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWithdrawal() returns()
func (creditVault *CreditVault) TryPackCancelWithdrawal() ([]byte, error) {
	return creditVault.abi.Pack("cancelWithdrawal")
}

// PackDebit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40431ea6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debit(uint256[] entries) returns(uint256 total)
func (creditVault *CreditVault) PackDebit(entries []*big.Int) []byte {
	enc, err := creditVault.abi.Pack("debit", entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40431ea6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debit(uint256[] entries) returns(uint256 total)
func (creditVault *CreditVault) TryPackDebit(entries []*big.Int) ([]byte, error) {
	return creditVault.abi.Pack("debit", entries)
}

// UnpackDebit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40431ea6.
//
// Solidity: function debit(uint256[] entries) returns(uint256 total)
func (creditVault *CreditVault) UnpackDebit(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("debit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (creditVault *CreditVault) PackDeposit(amount *big.Int) []byte {
	enc, err := creditVault.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (creditVault *CreditVault) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("deposit", amount)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(address account, uint256 amount) returns()
func (creditVault *CreditVault) PackDepositFor(account common.Address, amount *big.Int) []byte {
	enc, err := creditVault.abi.Pack("depositFor", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(address account, uint256 amount) returns()
func (creditVault *CreditVault) TryPackDepositFor(account common.Address, amount *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("depositFor", account, amount)
}

// PackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee679e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (creditVault *CreditVault) PackRequestWithdrawal(amount *big.Int) []byte {
	enc, err := creditVault.abi.Pack("requestWithdrawal", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee679e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (creditVault *CreditVault) TryPackRequestWithdrawal(amount *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("requestWithdrawal", amount)
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (creditVault *CreditVault) PackRouter() []byte {
	enc, err := creditVault.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (creditVault *CreditVault) TryPackRouter() ([]byte, error) {
	return creditVault.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (creditVault *CreditVault) UnpackRouter(data []byte) (common.Address, error) {
	out, err := creditVault.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(address admin_) returns()
func (creditVault *CreditVault) PackSetAdmin(admin common.Address) []byte {
	enc, err := creditVault.abi.Pack("setAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(address admin_) returns()
func (creditVault *CreditVault) TryPackSetAdmin(admin common.Address) ([]byte, error) {
	return creditVault.abi.Pack("setAdmin", admin)
}

// PackSetRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0d78655.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRouter(address router_) returns()
func (creditVault *CreditVault) PackSetRouter(router common.Address) []byte {
	enc, err := creditVault.abi.Pack("setRouter", router)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0d78655.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRouter(address router_) returns()
func (creditVault *CreditVault) TryPackSetRouter(router common.Address) ([]byte, error) {
	return creditVault.abi.Pack("setRouter", router)
}

// PackSetWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2c13da5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWithdrawalDelay(uint256 delay) returns()
func (creditVault *CreditVault) PackSetWithdrawalDelay(delay *big.Int) []byte {
	enc, err := creditVault.abi.Pack("setWithdrawalDelay", delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2c13da5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWithdrawalDelay(uint256 delay) returns()
func (creditVault *CreditVault) TryPackSetWithdrawalDelay(delay *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("setWithdrawalDelay", delay)
}

// PackUsdc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e413bee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usdc() view returns(address)
func (creditVault *CreditVault) PackUsdc() []byte {
	enc, err := creditVault.abi.Pack("usdc")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsdc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e413bee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usdc() view returns(address)
func (creditVault *CreditVault) TryPackUsdc() ([]byte, error) {
	return creditVault.abi.Pack("usdc")
}

// UnpackUsdc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e413bee.
//
// Solidity: function usdc() view returns(address)
func (creditVault *CreditVault) UnpackUsdc(data []byte) (common.Address, error) {
	out, err := creditVault.abi.Unpack("usdc", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (creditVault *CreditVault) PackWithdraw() []byte {
	enc, err := creditVault.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns(uint256 amount)
func (creditVault *CreditVault) TryPackWithdraw() ([]byte, error) {
	return creditVault.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (creditVault *CreditVault) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalDelay() view returns(uint256)
func (creditVault *CreditVault) PackWithdrawalDelay() []byte {
	enc, err := creditVault.abi.Pack("withdrawalDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalDelay() view returns(uint256)
func (creditVault *CreditVault) TryPackWithdrawalDelay() ([]byte, error) {
	return creditVault.abi.Pack("withdrawalDelay")
}

// UnpackWithdrawalDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7ab6961.
//
// Solidity: function withdrawalDelay() view returns(uint256)
func (creditVault *CreditVault) UnpackWithdrawalDelay(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("withdrawalDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// CreditVaultAdminChanged represents a AdminChanged event raised by the CreditVault contract.
type CreditVaultAdminChanged struct {
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const CreditVaultAdminChangedEventName = "AdminChanged"

// ContractEventName returns the user-defined event name.
func (CreditVaultAdminChanged) ContractEventName() string {
	return CreditVaultAdminChangedEventName
}

// UnpackAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminChanged(address admin)
func (creditVault *CreditVault) UnpackAdminChangedEvent(log *types.Log) (*CreditVaultAdminChanged, error) {
	event := "AdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultAdminChanged)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditVaultDebited represents a Debited event raised by the CreditVault contract.
type CreditVaultDebited struct {
	Router  common.Address
	Entries *big.Int
	Total   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditVaultDebitedEventName = "Debited"

// ContractEventName returns the user-defined event name.
func (CreditVaultDebited) ContractEventName() string {
	return CreditVaultDebitedEventName
}

// UnpackDebitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Debited(address indexed router, uint256 entries, uint256 total)
func (creditVault *CreditVault) UnpackDebitedEvent(log *types.Log) (*CreditVaultDebited, error) {
	event := "Debited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultDebited)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditVaultDeposited represents a Deposited event raised by the CreditVault contract.
type CreditVaultDeposited struct {
	From         common.Address
	Account      common.Address
	Amount       *big.Int
	BalanceAfter *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const CreditVaultDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (CreditVaultDeposited) ContractEventName() string {
	return CreditVaultDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed from, address indexed account, uint256 amount, uint256 balanceAfter)
func (creditVault *CreditVault) UnpackDepositedEvent(log *types.Log) (*CreditVaultDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultDeposited)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditVaultRouterSet represents a RouterSet event raised by the CreditVault contract.
type CreditVaultRouterSet struct {
	Router common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const CreditVaultRouterSetEventName = "RouterSet"

// ContractEventName returns the user-defined event name.
func (CreditVaultRouterSet) ContractEventName() string {
	return CreditVaultRouterSetEventName
}

// UnpackRouterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RouterSet(address router)
func (creditVault *CreditVault) UnpackRouterSetEvent(log *types.Log) (*CreditVaultRouterSet, error) {
	event := "RouterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRouterSet)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditVaultWithdrawalCancelled represents a WithdrawalCancelled event raised by the CreditVault contract.
type CreditVaultWithdrawalCancelled struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditVaultWithdrawalCancelledEventName = "WithdrawalCancelled"

// ContractEventName returns the user-defined event name.
func (CreditVaultWithdrawalCancelled) ContractEventName() string {
	return CreditVaultWithdrawalCancelledEventName
}

// UnpackWithdrawalCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalCancelled(address indexed account)
func (creditVault *CreditVault) UnpackWithdrawalCancelledEvent(log *types.Log) (*CreditVaultWithdrawalCancelled, error) {
	event := "WithdrawalCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultWithdrawalCancelled)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditVaultWithdrawalDelaySet represents a WithdrawalDelaySet event raised by the CreditVault contract.
type CreditVaultWithdrawalDelaySet struct {
	Delay *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CreditVaultWithdrawalDelaySetEventName = "WithdrawalDelaySet"

// ContractEventName returns the user-defined event name.
func (CreditVaultWithdrawalDelaySet) ContractEventName() string {
	return CreditVaultWithdrawalDelaySetEventName
}

// UnpackWithdrawalDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalDelaySet(uint256 delay)
func (creditVault *CreditVault) UnpackWithdrawalDelaySetEvent(log *types.Log) (*CreditVaultWithdrawalDelaySet, error) {
	event := "WithdrawalDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultWithdrawalDelaySet)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditVaultWithdrawalRequested represents a WithdrawalRequested event raised by the CreditVault contract.
type CreditVaultWithdrawalRequested struct {
	Account common.Address
	Amount  *big.Int
	ReadyAt *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditVaultWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (CreditVaultWithdrawalRequested) ContractEventName() string {
	return CreditVaultWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed account, uint256 amount, uint256 readyAt)
func (creditVault *CreditVault) UnpackWithdrawalRequestedEvent(log *types.Log) (*CreditVaultWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CreditVaultWithdrawn represents a Withdrawn event raised by the CreditVault contract.
type CreditVaultWithdrawn struct {
	Account      common.Address
	Amount       *big.Int
	BalanceAfter *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const CreditVaultWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (CreditVaultWithdrawn) ContractEventName() string {
	return CreditVaultWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount, uint256 balanceAfter)
func (creditVault *CreditVault) UnpackWithdrawnEvent(log *types.Log) (*CreditVaultWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultWithdrawn)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (creditVault *CreditVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], creditVault.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return creditVault.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["DelayTooLong"].ID.Bytes()[:4]) {
		return creditVault.UnpackDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["InsufficientCredit"].ID.Bytes()[:4]) {
		return creditVault.UnpackInsufficientCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["NoWithdrawalRequested"].ID.Bytes()[:4]) {
		return creditVault.UnpackNoWithdrawalRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["RouterAlreadySet"].ID.Bytes()[:4]) {
		return creditVault.UnpackRouterAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return creditVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return creditVault.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["WithdrawalNotReady"].ID.Bytes()[:4]) {
		return creditVault.UnpackWithdrawalNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return creditVault.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return creditVault.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CreditVaultAmountTooLarge represents a AmountTooLarge error raised by the CreditVault contract.
type CreditVaultAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func CreditVaultAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (creditVault *CreditVault) UnpackAmountTooLargeError(raw []byte) (*CreditVaultAmountTooLarge, error) {
	out := new(CreditVaultAmountTooLarge)
	if err := creditVault.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultDelayTooLong represents a DelayTooLong error raised by the CreditVault contract.
type CreditVaultDelayTooLong struct {
	Delay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayTooLong(uint256 delay)
func CreditVaultDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0x6ae94038fb3c20cd86b30f4041b447e8ee458df50d0f7ab12126437fd62eccff")
}

// UnpackDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayTooLong(uint256 delay)
func (creditVault *CreditVault) UnpackDelayTooLongError(raw []byte) (*CreditVaultDelayTooLong, error) {
	out := new(CreditVaultDelayTooLong)
	if err := creditVault.abi.UnpackIntoInterface(out, "DelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultInsufficientCredit represents a InsufficientCredit error raised by the CreditVault contract.
type CreditVaultInsufficientCredit struct {
	Account common.Address
	Balance *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCredit(address account, uint256 balance, uint256 amount)
func CreditVaultInsufficientCreditErrorID() common.Hash {
	return common.HexToHash("0xf2aac135b907fc14a893ce29ff053a8881ed4754202ec9e41d2fa5a7d8182a1b")
}

// UnpackInsufficientCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCredit(address account, uint256 balance, uint256 amount)
func (creditVault *CreditVault) UnpackInsufficientCreditError(raw []byte) (*CreditVaultInsufficientCredit, error) {
	out := new(CreditVaultInsufficientCredit)
	if err := creditVault.abi.UnpackIntoInterface(out, "InsufficientCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultNoWithdrawalRequested represents a NoWithdrawalRequested error raised by the CreditVault contract.
type CreditVaultNoWithdrawalRequested struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoWithdrawalRequested(address account)
func CreditVaultNoWithdrawalRequestedErrorID() common.Hash {
	return common.HexToHash("0x6756774e72ff1da41f91d57c9d6906fd8139a445b1eaa518f85803b1906c112e")
}

// UnpackNoWithdrawalRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoWithdrawalRequested(address account)
func (creditVault *CreditVault) UnpackNoWithdrawalRequestedError(raw []byte) (*CreditVaultNoWithdrawalRequested, error) {
	out := new(CreditVaultNoWithdrawalRequested)
	if err := creditVault.abi.UnpackIntoInterface(out, "NoWithdrawalRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultRouterAlreadySet represents a RouterAlreadySet error raised by the CreditVault contract.
type CreditVaultRouterAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RouterAlreadySet()
func CreditVaultRouterAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xa9112be0a6045e2975fe5741b332e55185c16746c7c6f7b1a1ade6767ef19a1f")
}

// UnpackRouterAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RouterAlreadySet()
func (creditVault *CreditVault) UnpackRouterAlreadySetError(raw []byte) (*CreditVaultRouterAlreadySet, error) {
	out := new(CreditVaultRouterAlreadySet)
	if err := creditVault.abi.UnpackIntoInterface(out, "RouterAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CreditVault contract.
type CreditVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CreditVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (creditVault *CreditVault) UnpackSafeERC20FailedOperationError(raw []byte) (*CreditVaultSafeERC20FailedOperation, error) {
	out := new(CreditVaultSafeERC20FailedOperation)
	if err := creditVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultUnauthorized represents a Unauthorized error raised by the CreditVault contract.
type CreditVaultUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func CreditVaultUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (creditVault *CreditVault) UnpackUnauthorizedError(raw []byte) (*CreditVaultUnauthorized, error) {
	out := new(CreditVaultUnauthorized)
	if err := creditVault.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultWithdrawalNotReady represents a WithdrawalNotReady error raised by the CreditVault contract.
type CreditVaultWithdrawalNotReady struct {
	ReadyAt   *big.Int
	Timestamp *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotReady(uint256 readyAt, uint256 timestamp)
func CreditVaultWithdrawalNotReadyErrorID() common.Hash {
	return common.HexToHash("0xb42fcca6bb4b1ebc214310297eb0ee39ba1a071b87b36bae8155171dad495058")
}

// UnpackWithdrawalNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotReady(uint256 readyAt, uint256 timestamp)
func (creditVault *CreditVault) UnpackWithdrawalNotReadyError(raw []byte) (*CreditVaultWithdrawalNotReady, error) {
	out := new(CreditVaultWithdrawalNotReady)
	if err := creditVault.abi.UnpackIntoInterface(out, "WithdrawalNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultZeroAddress represents a ZeroAddress error raised by the CreditVault contract.
type CreditVaultZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CreditVaultZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (creditVault *CreditVault) UnpackZeroAddressError(raw []byte) (*CreditVaultZeroAddress, error) {
	out := new(CreditVaultZeroAddress)
	if err := creditVault.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultZeroAmount represents a ZeroAmount error raised by the CreditVault contract.
type CreditVaultZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func CreditVaultZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (creditVault *CreditVault) UnpackZeroAmountError(raw []byte) (*CreditVaultZeroAmount, error) {
	out := new(CreditVaultZeroAmount)
	if err := creditVault.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierMetaData contains all meta data concerning the DeltaOneVerifier contract.
var DeltaOneVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRewardMinter\",\"name\":\"tokenManager_\",\"type\":\"address\"},{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadContributorCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"head\",\"type\":\"int256\"}],\"name\":\"BaselineNotHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"committed\",\"type\":\"bytes32\"}],\"name\":\"BenchmarkMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"BenchmarkNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"disagreements\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rows\",\"type\":\"uint256\"}],\"name\":\"CountsExceedRows\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"HighS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"KeyAlreadyUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"lowerBound\",\"type\":\"int256\"}],\"name\":\"LowerBoundNotPositive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"improvement\",\"type\":\"int256\"}],\"name\":\"NoImprovement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotConfigured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"RepeatedSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"RequestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"b\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"c\",\"type\":\"uint64\"}],\"name\":\"SignTestFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"StaleRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"}],\"name\":\"UnsupportedMethod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"}],\"name\":\"VerifyingKeyNotStored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"}],\"name\":\"WrongMethod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZkNotConfigured\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"benchmarkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"previous\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"headScore\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headDigest\",\"type\":\"bytes32\"}],\"name\":\"BenchmarkCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"candidateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"baselineScore\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"candidateScore\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"name\":\"DeltaOneVerified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"score\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"HeadSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deltaOneSize\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"}],\"name\":\"VerifierConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataContract\",\"type\":\"address\"}],\"name\":\"VerifyingKeyStored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"benchmarkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"headCommit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dataCommit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"state\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"}],\"name\":\"ZkConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newState\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"b\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"c\",\"type\":\"uint64\"}],\"name\":\"ZkProofAccepted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONTRIBUTOR_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ATTESTERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CONTRIBUTORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINT_REQUEST_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"benchmark\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"benchmarkHash\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"headScore\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"headDigest\",\"type\":\"bytes32\"}],\"name\":\"commitBenchmark\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"deltaOneSize\",\"type\":\"uint128\"},{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"configured\",\"type\":\"bool\"}],\"internalType\":\"structDeltaOneVerifier.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"}],\"internalType\":\"structDeltaOneVerifier.VerifierConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"configureVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"benchmarkHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"headCommit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dataCommit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"state\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"}],\"internalType\":\"structDeltaOneVerifier.ZkConfig\",\"name\":\"z\",\"type\":\"tuple\"}],\"name\":\"configureZk\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"baselineScore\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"candidateScore\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"candidateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"benchmarkHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sampleCount\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"lowerBound\",\"type\":\"int256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDeltaOneVerifier.MintRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"hashMintRequest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"head\",\"outputs\":[{\"components\":[{\"internalType\":\"int256\",\"name\":\"score\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"internalType\":\"structDeltaOneVerifier.Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isAttester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"keyUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"baselineScore\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"candidateScore\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"candidateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"benchmarkHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sampleCount\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"lowerBound\",\"type\":\"int256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDeltaOneVerifier.MintRequest\",\"name\":\"req\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"internalType\":\"structDeltaOneVerifier.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"candidateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"newState\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"b\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"c\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDeltaOneVerifier.ZkMintRequest\",\"name\":\"req\",\"type\":\"tuple\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"}],\"name\":\"mintWithProof\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"vk\",\"type\":\"uint256[]\"}],\"name\":\"storeVerifyingKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenManager\",\"outputs\":[{\"internalType\":\"contractIRewardMinter\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"vk\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"verifyingKeys\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"candidateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"newState\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"b\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"c\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDeltaOneVerifier.ZkMintRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"zkBind\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"zkConfig\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"benchmarkHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"state\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structDeltaOneVerifier.ZkStatus\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "3644b3e9b4c416e175b31f8b1b28664a6e",
	Bin: "0x6101a080604052346101e957606081614915803803809161002082856101ed565b8339810103126101e9578051906001600160a01b03821682036101e9576020810151906001600160a01b03821682036101e957604001516001600160a01b03811692908390036101e9576040516100786040826101ed565b6018815260208101907f486f6b757361692044656c74614f6e65566572696669657200000000000000008252604051916100b36040846101ed565b600183526020830191603160f81b83526100cc81610224565b610120526100d984610224565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261014260c0826101ed565b5190206080523060c0526101605261018052600280546001600160a01b0319169190911790556040516146859081610290823960805181614551015260a05181614608015260c05181614522015260e051816145a0015261010051816145c601526101205181611c0201526101405181611c2b0152610160518181816117ee01528181612427015261284f0152610180518181816108e701528181611efe01526121d80152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761021057604052565b634e487b7160e01b5f52604160045260245ffd5b601f81511161024f576020815191015160208210610240571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081630826e37b14612bf2575080630885288214612b3757806329952d671461244b5780632a709b14146123fb5780633c33056f146123d15780634263cd56146121515780634c825ce314612115578063644bb2f1146120db578063704b6c021461203457806371f30d4814611ff4578063770aa3f714611f225780637b10399914611ed25780637b898eea14611dfb5780638469176714611cfe57806384b0196e14611bea57806386fdef6814611baa57806397af82f914611b675780639f4bca2614611b4c578063c8450af814611b12578063ca058edc14611345578063da7717331461132b578063e0eed80014610898578063ee79249814610829578063f698da2514610807578063f851a440146107d4578063fa717a3d146101785763fb0e72b814610145575f80fd5b34610174576020600319360112610174576004355f526008602052602060ff60405f2054166040519015158152f35b5f80fd5b346101745760e06003193601126101745760043560c07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126101745773ffffffffffffffffffffffffffffffffffffffff6002541633036107a857805f52600360205260405f20604051906101ee82612cfc565b546fffffffffffffffffffffffffffffffff81168252602082019060ff8160801c168252604083019260ff8260881c16845260ff6060820192818160901c168452818160981c166080840152818160a01c1660a084015260a81c16159060c0821591015261077c57600160ff8251160361074c57505160ff169081158015919061073e575b506106f2575060243580156106a757815f52600560205260405f205490811561067b576044359180830361064c5750606435907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000182101561060057608435927f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018410156105b45760a435907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018210156105685763ffffffff61033361331f565b16158015610550575b6104f757825f52600a60205273ffffffffffffffffffffffffffffffffffffffff60405f2054169182156104cb5761037261331f565b95875f526009602052600360405f20015460c01c9560405160c0810198818a1067ffffffffffffffff8b111761049e576040998a5287825260208083018781528b840187815263ffffffff93841660608601908152608086019a8b5260a086019c8d525f8f8152600985529d909d2094518555905160018501555160028401559951965198519890991b77ffffffffffffffffffffffffffffffffffffffff00000000169589169590951760c097881b7fffffffffffffffff0000000000000000000000000000000000000000000000001617600395909501949094557fc99be05c48497cd153ff3983ca8aed9ebf84f8683bbc34e542080c22a756c72c969361047a61331f565b9360405196875260208701526040860152606085015260808401521660a0820152a2005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b837f4b9c58d1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b608461050161331f565b63ffffffff604051916323c393d560e01b835260406004840152600460448401527f726f7773000000000000000000000000000000000000000000000000000000006064840152166024820152fd5b5061080063ffffffff61056161331f565b161161033c565b608482604051906323c393d560e01b825260406004830152600560448301527f737461746500000000000000000000000000000000000000000000000000000060648301526024820152fd5b608484604051906323c393d560e01b825260406004830152600a60448301527f64617461436f6d6d69740000000000000000000000000000000000000000000060648301526024820152fd5b608482604051906323c393d560e01b825260406004830152600a60448301527f68656164436f6d6d69740000000000000000000000000000000000000000000060648301526024820152fd5b827f41fe58e8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827faa056528000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60846040516323c393d560e01b815260406004820152600660448201527f766b48617368000000000000000000000000000000000000000000000000000060648201525f6024820152fd5b608490604051906323c393d560e01b825260406004830152600660448301527f6d6574726963000000000000000000000000000000000000000000000000000060648301526024820152fd5b60ff91505116151583610273565b60ff9051167f42d0eb23000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837f9b04588d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610174575f60031936011261017457602073ffffffffffffffffffffffffffffffffffffffff60025416604051908152f35b34610174575f60031936011261017457602061082161450b565b604051908152f35b346101745760406003193601126101745760243573ffffffffffffffffffffffffffffffffffffffff81168103610174576004355f52600660205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b346101745760406003193601126101745760043560243567ffffffffffffffff81116101745780600401606060031983360301126101745773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517fd5e159c7000000000000000000000000000000000000000000000000000000008152846004820152606081602481865afa80156112b85773ffffffffffffffffffffffffffffffffffffffff915f916112fa575b501680156112ce5773ffffffffffffffffffffffffffffffffffffffff6002541633141590816112c3575b506107a8575f602492604051938480927f6d3616940000000000000000000000000000000000000000000000000000000082528860048301525afa9182156112b8575f92611141575b50604483016109e381836132a8565b949050600160ff6109f3856132fc565b16116110ea57841580156110e0575b611091576024019060ff610a15836132fc565b1615801561107d575b611026576101008401518015610fb2575b6fffffffffffffffffffffffffffffffff8111610f5a57865f52600760205260405f20945f5b8654811015610acb57600190895f52600660205260405f2073ffffffffffffffffffffffffffffffffffffffff80610a8d848c61330a565b90549060031b1c16165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905501610a55565b5087955086865f52600760205260405f208054905f815581610f38575b50505f5b818110610db057506080820190815160ff169260a00192835160ff16610b11896132fc565b92610b1b896132fc565b60405194610b2886612cfc565b6fffffffffffffffffffffffffffffffff891686526020860194855260408601938452606086019060ff168152608086019160ff16825260a086019260ff16835260c0860193600185528d5f52600360205260405f2096516fffffffffffffffffffffffffffffffff168754965160801b70ff0000000000000000000000000000000016915160881b71ff000000000000000000000000000000000016925160901b72ff00000000000000000000000000000000000016935160981b73ff0000000000000000000000000000000000000016945160a01b74ff0000000000000000000000000000000000000000169551151560a81b75ff00000000000000000000000000000000000000000016967fffffffffffffffffffffffffffff00000000000000000000000000000000000016177fffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffff16177fffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffff16177fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16177fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff1617171790555160ff16905160ff1694610cfc816132fc565b94610d06906132fc565b93610d10916132a8565b93849391956040519760c08901948952602089015260ff16604088015260ff166060870152608086015260a0850160c090525260e0830191905f5b818110610d7b57857fc32850b535e700af4e09e63755d733e0d9aacbf90af69e29a645b579f01f7f7586860387a2005b90919260208060019273ffffffffffffffffffffffffffffffffffffffff610da288612c7e565b168152019401929101610d4b565b610dba85886132a8565b821015610f0b578160051b01359073ffffffffffffffffffffffffffffffffffffffff82168092036101745781158015610eeb575b610e9157885f52600660205260405f20825f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055885f52600760205260405f20918254926801000000000000000084101561049e5783610e64916001809601815561330a565b73ffffffffffffffffffffffffffffffffffffffff829392549160031b92831b921b191617905501610aec565b610ee7906040519182916323c393d560e01b835260048301919060408352600960408401527f61747465737465727300000000000000000000000000000000000000000000006060840152602060808401930152565b0390fd5b50885f52600660205260405f20825f5260205260ff60405f205416610def565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5260205f205f5b828110610f4d5750610ae8565b5f82820155600101610f40565b60405180916323c393d560e01b825260406004830152610fa860448301604090600881527f64656c74614f6e6500000000000000000000000000000000000000000000000060208201520190565b9060248301520390fd5b50600460ff60808601511611610fcf57662386f26fc10000610a2f565b6040516323c393d560e01b8152604060048201528061101c60448201604090600881527f64656c74614f6e6500000000000000000000000000000000000000000000000060208201520190565b5f60248301520390fd5b6084611031836132fc565b60ff604051916323c393d560e01b835260406004840152600160448401527f6b000000000000000000000000000000000000000000000000000000000000006064840152166024820152fd5b508460ff61108a846132fc565b1611610a1e565b604080516323c393d560e01b81526004810191909152600960448201527f6174746573746572730000000000000000000000000000000000000000000000606482015260248101869052608490fd5b5060208511610a02565b60846110f5846132fc565b60ff604051916323c393d560e01b835260406004840152600660448401527f6d6574686f6400000000000000000000000000000000000000000000000000006064840152166024820152fd5b9091503d805f833e6111538183612d34565b8101906020818303126101745780519067ffffffffffffffff821161017457016101e08183031261017457604051916101e0830183811067ffffffffffffffff82111761049e576040526111a682612ebd565b83526111b460208301612ebd565b60208401526111c560408301612ebd565b60408401526111d660608301612ebd565b60608401526111e760808301613244565b60808401526111f860a08301613244565b60a084015261120960c08301613244565b60c084015260e082015160e084015261010082015161010084015261012082015161012084015261014082015161014084015261016082015161016084015261018082015167ffffffffffffffff81168103610174576101808401526101a082015167ffffffffffffffff81116101745781611286918401613252565b6101a08401526101c082015167ffffffffffffffff8111610174576112ab9201613252565b6101c082015290846109d4565b6040513d5f823e3d90fd5b90503314158561098b565b847f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61131c915060603d606011611324575b6113148183612d34565b810190612ede565b505086610960565b503d61130a565b34610174575f600319360112610174576020604051818152f35b346101745760406003193601126101745760043567ffffffffffffffff81116101745780600401906101806003198236030112610174576024359167ffffffffffffffff831161017457366023840112156101745782600401359267ffffffffffffffff841161017457366024606086028301011161017457813590815f52600360205260405f2093604051946113db86612cfc565b54906fffffffffffffffffffffffffffffffff8216865260ff8260801c166020870152604086019360ff8360881c1685526060870160ff8460901c16815260ff6080890194818160981c168652818160a01c1660a08b015260a81c1615801560c08a0152611ae65760ff815116611ab65750610164820167ffffffffffffffff61146482612d57565b164211611a745750805f52600560205260405f20548015611a485760a4830135818103611a1a57505061014482013591825f52600860205260ff60405f2054166119ee57815f52600460205260405f20968754966024830135978089036119bf57505160ff166119ab576114dc876044840135612dcd565b975b5f89131561197f576101048301355f81131561195457506101248301956115058784612d6c565b80915015801561194a575b61191f57505160ff169761152b6115268461431d565b6144ca565b98808d106118f057508b9a5f9a865f52600660205260405f209b5f9d8e5b10156117035760608e028b016044810135907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082116116d75760808e60209360248460ff61159a60645f98016132fc565b604051958652168785015201356040830152606082015282805260015afa156112b8575f519073ffffffffffffffffffffffffffffffffffffffff82169081156116ab578e825f5260205260ff60405f2054161561167f5773ffffffffffffffffffffffffffffffffffffffff168082111561161f5750506001909d019c8e8e611549565b8f9250811461165457507f151f10f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f7451f83e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f14817f2f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b8f7f52bf9848000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b8f7f9ddca1c9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060019950875f52600860205260405f208a7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905560448601359384815560648701359a8b910155670de0b6b3a7640000810290808204670de0b6b3a764000014901517156118c3576117d49861179761179d926fffffffffffffffffffffffffffffffff602095511690612de5565b95612d6c565b90604051998a9283927f8a7652de000000000000000000000000000000000000000000000000000000008452888b60048601612e9e565b03815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af19687156112b8575f9761188a575b506020978760c4947f9785ca4df3360eb2d5cbef95c843e105e27965ea399617979b3ef27b2d275e0f969461187f94604051978897013594879260a094919796959260c0850198855260208501526040840152606083015260808201520152565b0390a3604051908152f35b90939196506020813d6020116118bb575b816118a860209383612d34565b810103126101745751959092602061181e565b3d915061189b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8c7f79c193d2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f68ccb84b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060648111611510565b7f5f2e2575000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b887fa92100ac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6119b9604483013588612dcd565b976114de565b887fe9bf3c75000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827f509fcd66000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f41fe58e8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507faa056528000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b611a8667ffffffffffffffff91612d57565b7f6bdd2436000000000000000000000000000000000000000000000000000000005f52166004524260245260445ffd5b60ff9051167f98294d5f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f9b04588d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610174575f6003193601126101745760206040517f858e8c956bff09b3da00feb549d879af75f23009677da4609d7ed1ef475fc2208152f35b34610174575f60031936011261017457602060405160648152f35b346101745760206003193601126101745760043567ffffffffffffffff81116101745761018060031982360301126101745761082161152660209260040161431d565b34610174576020600319360112610174576004355f52600a602052602073ffffffffffffffffffffffffffffffffffffffff60405f205416604051908152f35b34610174575f60031936011261017457611ca2611c267f000000000000000000000000000000000000000000000000000000000000000061462e565b611c4f7f000000000000000000000000000000000000000000000000000000000000000061462e565b6020611cb060405192611c628385612d34565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190612c9f565b908582036040870152612c9f565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110611ce757505050500390f35b835185528695509381019392810192600101611cd8565b34610174576020600319360112610174575f60c0604051611d1e81612cfc565b8281528260208201528260408201528260608201528260808201528260a082015201526004355f52600360205260e060405f2060405190611d5e82612cfc565b5460ff81816fffffffffffffffffffffffffffffffff8216948581528160208201818560801c1681528160408401818760881c168152816060860193818960901c1685528160c06080890198828c60981c168a528260a082019c60a01c168c52019b60a81c1615158b526040519b8c52511660208b0152511660408901525116606087015251166080850152511660a083015251151560c0820152f35b34610174576101806003193601126101745760043567ffffffffffffffff811161017457611e2d903690600401612c4d565b36610124116101745736610184116101745767ffffffffffffffff811161049e578060051b6020810191611e646040519384612d34565b825282016020820136821161017457602093905b828210611ec357505050604051611e90606082612d34565b61012491815b6101848410611eb45750611eaa9250613d88565b6040519015158152f35b83358152928401928401611e96565b81358152908401908401611e78565b34610174575f60031936011261017457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610174576020600319360112610174576004355f52600760205260405f20604051806020835491828152019081935f5260205f20905f5b818110611fc85750505081611f70910382612d34565b604051918291602083019060208452518091526040830191905f5b818110611f99575050500390f35b825173ffffffffffffffffffffffffffffffffffffffff16845285945060209384019390920191600101611f8b565b825473ffffffffffffffffffffffffffffffffffffffff16845260209093019260019283019201611f5a565b346101745760206003193601126101745760043567ffffffffffffffff81116101745761014060031982360301126101745761082160209160040161318a565b346101745760206003193601126101745760043573ffffffffffffffffffffffffffffffffffffffff81168091036101745760025473ffffffffffffffffffffffffffffffffffffffff811633036107a857817f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c927fffffffffffffffffffffffff00000000000000000000000000000000000000006020931617600255604051908152a1005b34610174575f6003193601126101745760206040517f6b386ecf13b825ce348d573004d0028deadc2c977ad1ee2cdc4b49e81e4a48268152f35b346101745760206003193601126101745760043567ffffffffffffffff81116101745761082161214b6020923690600401612c4d565b90612f3f565b3461017457608060031936011261017457600435602435604435906064359173ffffffffffffffffffffffffffffffffffffffff6002541633036107a8576040517fd5e159c700000000000000000000000000000000000000000000000000000000815284600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156112b85773ffffffffffffffffffffffffffffffffffffffff915f916123b0575b501615612384578115612339577f703d23fa140c222a6b51a8485beaa820b667cb57b2725eca4ff6c1bcba2ce25a92604092855f526005602052857f86293b7311cad8bb80b4f96216991d4e1f04efa11620dde0a675da69d2edf1476060865f2054835f52600560205284885f2055875161229781612cc4565b878152600160208201888152865f5260046020528a5f209251835551910155835f526009602052875f206003810173ffffffffffffffffffffffffffffffffffffffff815460201c16612305575b505087519081528660208201528588820152a382519182526020820152a2005b5f91817fffffffffffffffff0000000000000000000000000000000000000000ffffffff6001935416905501558a806122e5565b60846040516323c393d560e01b815260406004820152600d60448201527f62656e63686d61726b486173680000000000000000000000000000000000000060648201525f6024820152fd5b837f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6123c9915060603d606011611324576113148183612d34565b50508661221d565b34610174576020600319360112610174576004355f526005602052602060405f2054604051908152f35b34610174575f60031936011261017457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610174576101206003193601126101745760043567ffffffffffffffff81116101745780600401610140600319833603011261017457366101241161017457803591825f52600360205260405f2092604051936124a885612cfc565b546fffffffffffffffffffffffffffffffff8116855260ff8160801c16602086015260ff8160881c16604086015260ff6060860191818160901c168352818160981c166080880152818160a01c1660a088015260a81c1615801560c0870152611ae657600160ff8251160361074c5750805f52600960205260405f20916003830194855473ffffffffffffffffffffffffffffffffffffffff8160201c16968715612b0b57610124840167ffffffffffffffff61256482612d57565b164211611a7457508160c01c9261010485018467ffffffffffffffff61258983612d57565b1603612ac9575060c485019261259f848a612d6c565b809150158015612abf575b61191f575063ffffffff169360648601986125c48a612d57565b67ffffffffffffffff169a86608489019c6125de8e612d57565b67ffffffffffffffff166125f191612dc0565b11612a6e578b67ffffffffffffffff8061261361260d8f612d57565b93612d57565b1691161115612a215761263f8c67ffffffffffffffff806126378f61260d90612d57565b169116613332565b156129d357908b92916040519a6126558c612d18565b6002019a8b5481528c60448b0135958660208401526126738561318a565b60401b9061268090612d57565b60201b6bffffffffffffffff0000000016179061269c90612d57565b67ffffffffffffffff161760408201526102e0604051926126bd8285612d34565b601684526020840191601f19013683376102c0916001913c6126de91613d88565b156129ab578260e48901359a55600182019467ffffffffffffffff86116118c3578b9561274e919077ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b885f52600460205260405f20938c67ffffffffffffffff61277b8161277489549a612d57565b1692612d57565b1690818103918183116118c357670de0b6b3a76400008302928304670de0b6b3a764000014911417156118c3576001986127b491612de5565b946127bf8688612e1c565b815560248a01359889910155670de0b6b3a7640000850290858204670de0b6b3a764000014861517156118c357516fffffffffffffffffffffffffffffffff1661280891612de5565b9561281291612d6c565b6040517f8a7652de0000000000000000000000000000000000000000000000000000000081529c918d9161284b91898d60048601612e9e565b038c7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1691815a6020945f91f19a8b156112b8575f9b612962575b60209c5060a497948b8b7fb9fd031fb7de4091eeafa96583bacb243c6edd5da700598301d61184e124b7678f9760809067ffffffffffffffff7f9785ca4df3360eb2d5cbef95c843e105e27965ea399617979b3ef27b2d275e0f9f9d998161187f9e9a61291361290d6129329c612d57565b91612d57565b926040519586526020860152166040840152166060820152a382612e1c565b6040805195865260208601929092529084015260608301526080820152929091013560a0830152819060c0820190565b9296939a50989a969490936020883d6020116129a3575b8161298660209383612d34565b81010312610174578b998998519b9497939091959296985061289b565b3d9150612979565b7f09bde339000000000000000000000000000000000000000000000000000000005f5260045ffd5b67ffffffffffffffff8c816129f06129ea8f612d57565b92612d57565b917f54d918b4000000000000000000000000000000000000000000000000000000005f52166004521660245260445ffd5b50612a438b67ffffffffffffffff612a3c816127748f612d57565b1690612dcd565b7fa92100ac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b86612a918d67ffffffffffffffff612a8a8f6127748391612d57565b1690612dc0565b7f8c3d63dd000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50606481116125aa565b67ffffffffffffffff612adc8692612d57565b7ff84f0cd1000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b847ff0dbb84d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610174576020600319360112610174575f6080604051612b5781612ce0565b82815282602082015282604082015282606082015201526004355f52600960205260a060405f2067ffffffffffffffff81549163ffffffff6001820154600360028401549301549260405191612bac83612ce0565b8683526020830190815260408301918252608060608401938587168552019460c01c85526040519687525160208701525160408601525116606084015251166080820152f35b3461017457602060031936011261017457602081612c105f93612cc4565b82815201526004355f5260046020526040805f208151612c2f81612cc4565b60206001835493848452015491019081528251918252516020820152f35b9181601f840112156101745782359167ffffffffffffffff8311610174576020808501948460051b01011161017457565b359073ffffffffffffffffffffffffffffffffffffffff8216820361017457565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b6040810190811067ffffffffffffffff82111761049e57604052565b60a0810190811067ffffffffffffffff82111761049e57604052565b60e0810190811067ffffffffffffffff82111761049e57604052565b6060810190811067ffffffffffffffff82111761049e57604052565b90601f601f19910116810190811067ffffffffffffffff82111761049e57604052565b3567ffffffffffffffff811681036101745790565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610174570180359067ffffffffffffffff821161017457602001918160061b3603831361017457565b919082018092116118c357565b81810392915f1380158285131691841216176118c357565b8115612def570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b9190915f83820193841291129080158216911516176118c357565b916020908281520191905f905b808210612e515750505090565b90919273ffffffffffffffffffffffffffffffffffffffff612e7285612c7e565b16815260208401359061ffff821680920361017457604081600193602083940152019401920190612e44565b612eba9492606092825260208201528160408201520191612e37565b90565b519073ffffffffffffffffffffffffffffffffffffffff8216820361017457565b9081606091031261017457612ef281612ebd565b91612eba6040612f0460208501612ebd565b9301612ebd565b91907f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81116101745760051b809282370190565b91906016810361313c576040516020810190612f6e81612f60848689612f0b565b03601f198101835282612d34565b51902092835f52600a60205273ffffffffffffffffffffffffffffffffffffffff60405f2054166131385773ffffffffffffffffffffffffffffffffffffffff91612fdc612fce9260405193849160208301945f86526021840191612f0b565b03601f198101845283612d34565b61307f602c8351936040519384917fffff00000000000000000000000000000000000000000000000000000000000060208401977f6100000000000000000000000000000000000000000000000000000000000000895260f01b1660218401527f80600c6000396000f3000000000000000000000000000000000000000000000060238401525180918484015e81015f838201520301601f198101835282612d34565b51905ff01680156130eb577f6dc03b960a08e254f542b1b14c64f140c094e4e5aaf76ba3efc28be3582f54c060208492835f52600a825260405f20817fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055604051908152a2565b6040516323c393d560e01b8152604060048201528061101c60448201604090600281527f766b00000000000000000000000000000000000000000000000000000000000060208201520190565b5050565b60405180916323c393d560e01b825260406004830152610fa860448301604090600281527f766b00000000000000000000000000000000000000000000000000000000000060208201520190565b6131b8612f6061319d60c0840184612d6c565b92906040519283916020830195602087526040840191612e37565b5190209067ffffffffffffffff6131d26101008301612d57565b816131e06101208501612d57565b9160e0604051956020870197468952306040890152813560608901526020820135608089015260a082013560a089015260c0880152013560e08601521661010084015216610120820152610120815261323b61014082612d34565b51902060441c90565b519060ff8216820361017457565b81601f820112156101745780519067ffffffffffffffff821161049e5760405192613287601f8401601f191660200185612d34565b8284526020838301011161017457815f9260208093018386015e8301015290565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610174570180359067ffffffffffffffff821161017457602001918160051b3603831361017457565b3560ff811681036101745790565b8054821015610f0b575f5260205f2001905f90565b60c43563ffffffff811681036101745790565b9061333d9082612dc0565b6108008111613d5e576040519061335661084083612d34565b6108018083527f010202030303030403040404040404050405040505050505050605060506050660208401527f060606060606060706070607060707070707070707070708070807080708070860408401527f080808080808080808090809080908090809080909090909090909090909090a60608401527f090a090a090a090a090a090a0a0a0a0a0a0a0a0a0a0a0a0a0a0b0a0b0a0b0a0b60808401527f0a0b0a0b0a0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0c0b0c0b0c0b0c0b0c0b0c60a08401527f0b0c0b0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0d0c0d0c0d0c0d0c0d0c0d60c08401527f0c0d0c0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0e0d0e0d0e0d0e0d0e60e08401527f0d0e0d0e0d0e0d0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0f0e0f0e0f6101008401527f0e0f0e0f0e0f0e0f0e0f0e0f0e0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f6101208401527f0f0f0f100f100f100f100f100f100f100f100f100f100f1010101010101010106101408401527f10101010101010101010101010111011101110111011101110111011101110116101608401527f10111011111111111111111111111111111111111111111111111112111211126101808401527f11121112111211121112111211121112111211121212121212121212121212126101a08401527f12121212121212121212121212131213121312131213121312131213121312136101c08401527f12131213121313131313131313131313131313131313131313131313131313136101e08401527f13141314131413141314131413141314131413141314131413141314141414146102008401527f14141414141414141414141414141414141414141414141514151415141514156102208401527f14151415141514151415141514151415141514151515151515151515151515156102408401527f15151515151515151515151515151515151615161516151615161516151615166102608401527f15161516151615161516151615161616161616161616161616161616161616166102808401527f16161616161616161616161616171617161716171617161716171617161716176102a08401527f16171617161716171617161717171717171717171717171717171717171717176102c08401527f17171717171717171717171717181718171817181718171817181718171817186102e08401527f17181718171817181718171817181818181818181818181818181818181818186103008401527f18181818181818181818181818181819181918191819181918191819181918196103208401527f18191819181918191819181918191819181919191919191919191919191919196103408401527f1919191919191919191919191919191919191919191a191a191a191a191a191a6103608401527f191a191a191a191a191a191a191a191a191a191a191a191a1a1a1a1a1a1a1a1a6103808401527f1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1b1a1b6103a08401527f1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b1a1b6103c08401527f1a1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b6103e08401527f1b1b1b1b1b1b1b1b1b1c1b1c1b1c1b1c1b1c1b1c1b1c1b1c1b1c1b1c1b1c1b1c6104008401527f1b1c1b1c1b1c1b1c1b1c1b1c1b1c1b1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c6104208401527f1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1d1c1d1c1d1c1d1c1d6104408401527f1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d1c1d6104608401527f1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d6104808401527f1d1d1d1d1d1d1d1d1d1e1d1e1d1e1d1e1d1e1d1e1d1e1d1e1d1e1d1e1d1e1d1e6104a08401527f1d1e1d1e1d1e1d1e1d1e1d1e1d1e1d1e1d1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e6104c08401527f1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1f1e1f6104e08401527f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f1e1f6105008401527f1e1f1e1f1e1f1e1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f6105208401527f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f201f201f201f201f201f201f206105408401527f1f201f201f201f201f201f201f201f201f201f201f201f201f201f201f201f206105608401527f20202020202020202020202020202020202020202020202020202020202020206105808401527f20202020202020202020202020202021202120212021202120212021202120216105a08401527f20212021202120212021202120212021202120212021202120212021212121216105c08401527f21212121212121212121212121212121212121212121212121212121212121216105e08401527f21212121212121212121212221222122212221222122212221222122212221226106008401527f21222122212221222122212221222122212221222122212221222222222222226106208401527f22222222222222222222222222222222222222222222222222222222222222226106408401527f22222222222222222222222322232223222322232223222322232223222322236106608401527f22232223222322232223222322232223222322232223222322232223232323236106808401527f23232323232323232323232323232323232323232323232323232323232323236106a08401527f23232323232323232323232323232324232423242324232423242324232423246106c08401527f23242324232423242324232423242324232423242324232423242324232423246106e08401527f23242424242424242424242424242424242424242424242424242424242424246107008401527f24242424242424242424242424242424242424242425242524252425242524256107208401527f24252425242524252425242524252425242524252425242524252425242524256107408401527f24252425242524252525252525252525252525252525252525252525252525256107608401527f25252525252525252525252525252525252525252525252525252525252625266107808401527f25262526252625262526252625262526252625262526252625262526252625266107a08401527f25262526252625262526252625262526252626262626262626262626262626266107c08401527f26262626262626262626262626262626262626262626262626262626262626266107e08401527f26262626262626262627262726272627262726272627262726272627262726276108008401527f2600000000000000000000000000000000000000000000000000000000000000610820840152811015610f0b57602081613d599301015160f81c9060011c612dc0565b111590565b50505f90565b805160011015610f0b5760400190565b8051821015610f0b5760209160051b010190565b6016815103613d5e5760245f5b600881106142d6575060809160405194613daf8487612d34565b833687375f928251600e1015614109576101e083015187528251600f10156141095761020083015160208801908152939560408801945f5b6003811015613f32578060051b8301517f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001811015613f235760405190613e2c82612d18565b8260011b7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff84168403613ecb578060100180601011613ef757613e6f908a613d74565b51835260110180601111613ecb576040928a92613e8e6060938c613d74565b5160208301528482015260075afa15613ec2575b60408a898160065afa15613eb9575b600101613de7565b60019850613eb1565b60019850613ea2565b867f4e487b71000000000000000000000000000000000000000000000000000000005f5260116004525ffd5b877f4e487b71000000000000000000000000000000000000000000000000000000005f5260116004525ffd5b50505050509450505050505f90565b50969193945050959390956142cd576103009460405194613f538787612d34565b863687378335865260443560208701526064356040870152608435606087015260a4358387015260c43560a08701525160c0860152805161425657505f5b60e08501528251600610156141345760e083015161010085015282516007101561413457610100830151610120850152825160081015614134576101208301516101408501528251600910156141345761014083015161016085015260e43561018085015261010435806141e057505f5b6101a08501528251600a1015614134576101608301516101c08501528251600b1015614134576101808301516101e08501528251600c1015614134576101a08301516102008501528251600d1015614134576101c083015161022085015282511561413457602083015161024085015261407b83613d64565b51614160575f5b610260850152825160021015614134576060830151610280850152825160031015614134578201516102a08401528151600410156141095760a08201516102c084015281516005101561410957509060c060209201516102e08201526040519283916140ee8484612d34565b8336843760085afa9081614100575090565b60019150511490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f5260326004525ffd5b507f4e487b71000000000000000000000000000000000000000000000000000000005f5260326004525ffd5b61416983613d64565b517f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4781111561408257827f4e487b71000000000000000000000000000000000000000000000000000000005f5260116004525ffd5b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4781111561400257827f4e487b71000000000000000000000000000000000000000000000000000000005f5260116004525ffd5b517f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47811115613f9157827f4e487b71000000000000000000000000000000000000000000000000000000005f5260116004525ffd5b50505050505f90565b6008811015614134577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478160051b830135101561431557600101613d95565b505050505f90565b61432b610120820182612d6c565b604051917f858e8c956bff09b3da00feb549d879af75f23009677da4609d7ed1ef475fc22083525f6020840160408501915b848110614489575050505060609060051b910120614483604051926020808501917f6b386ecf13b825ce348d573004d0028deadc2c977ad1ee2cdc4b49e81e4a482683528035604087015281810135606087015260408101356080870152606081013560a0870152608081013560c087015260a081013560e087015260e086526143e961010087612d34565b67ffffffffffffffff6143fe60e08301612d57565b9161014061440f6101608301612d57565b916040519884878b019660c084013588521660408b015261010082013560608b015260808a0152013560a08801521660c086015260c0855261445260e086612d34565b60405194859383850197518091895e840190838201905f8252519283915e01015f815203601f198101835282612d34565b51902090565b8061ffff602060019360061b870173ffffffffffffffffffffffffffffffffffffffff813516865201351684526060872060608260051b890101520161435d565b6042906144d561450b565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480614605575b15614573577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261448360c082612d34565b507f0000000000000000000000000000000000000000000000000000000000000000461461454a565b60ff811690601f821161465d576040519161464a604084612d34565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd",
}

// DeltaOneVerifier is an auto generated Go binding around an Ethereum contract.
type DeltaOneVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DeltaOneVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewDeltaOneVerifier creates a new instance of DeltaOneVerifier.
func NewDeltaOneVerifier() *DeltaOneVerifier {
	parsed, err := DeltaOneVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DeltaOneVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DeltaOneVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address tokenManager_, address registry_, address admin_) returns()
func (deltaOneVerifier *DeltaOneVerifier) PackConstructor(tokenManager_ common.Address, registry_ common.Address, admin_ common.Address) []byte {
	enc, err := deltaOneVerifier.abi.Pack("", tokenManager_, registry_, admin_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCONTRIBUTORTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8450af8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTRIBUTOR_TYPEHASH() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) PackCONTRIBUTORTYPEHASH() []byte {
	enc, err := deltaOneVerifier.abi.Pack("CONTRIBUTOR_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTRIBUTORTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8450af8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTRIBUTOR_TYPEHASH() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) TryPackCONTRIBUTORTYPEHASH() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("CONTRIBUTOR_TYPEHASH")
}

// UnpackCONTRIBUTORTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8450af8.
//
// Solidity: function CONTRIBUTOR_TYPEHASH() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) UnpackCONTRIBUTORTYPEHASH(data []byte) ([32]byte, error) {
	out, err := deltaOneVerifier.abi.Unpack("CONTRIBUTOR_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXATTESTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda771733.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ATTESTERS() view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) PackMAXATTESTERS() []byte {
	enc, err := deltaOneVerifier.abi.Pack("MAX_ATTESTERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXATTESTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda771733.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ATTESTERS() view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) TryPackMAXATTESTERS() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("MAX_ATTESTERS")
}

// UnpackMAXATTESTERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda771733.
//
// Solidity: function MAX_ATTESTERS() view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) UnpackMAXATTESTERS(data []byte) (*big.Int, error) {
	out, err := deltaOneVerifier.abi.Unpack("MAX_ATTESTERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCONTRIBUTORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f4bca26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) PackMAXCONTRIBUTORS() []byte {
	enc, err := deltaOneVerifier.abi.Pack("MAX_CONTRIBUTORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCONTRIBUTORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f4bca26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) TryPackMAXCONTRIBUTORS() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("MAX_CONTRIBUTORS")
}

// UnpackMAXCONTRIBUTORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f4bca26.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) UnpackMAXCONTRIBUTORS(data []byte) (*big.Int, error) {
	out, err := deltaOneVerifier.abi.Unpack("MAX_CONTRIBUTORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINTREQUESTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x644bb2f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINT_REQUEST_TYPEHASH() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) PackMINTREQUESTTYPEHASH() []byte {
	enc, err := deltaOneVerifier.abi.Pack("MINT_REQUEST_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTREQUESTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x644bb2f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINT_REQUEST_TYPEHASH() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) TryPackMINTREQUESTTYPEHASH() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("MINT_REQUEST_TYPEHASH")
}

// UnpackMINTREQUESTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x644bb2f1.
//
// Solidity: function MINT_REQUEST_TYPEHASH() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) UnpackMINTREQUESTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := deltaOneVerifier.abi.Unpack("MINT_REQUEST_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) PackAdmin() []byte {
	enc, err := deltaOneVerifier.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) TryPackAdmin() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := deltaOneVerifier.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770aa3f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesters(uint256 modelId) view returns(address[])
func (deltaOneVerifier *DeltaOneVerifier) PackAttesters(modelId *big.Int) []byte {
	enc, err := deltaOneVerifier.abi.Pack("attesters", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770aa3f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesters(uint256 modelId) view returns(address[])
func (deltaOneVerifier *DeltaOneVerifier) TryPackAttesters(modelId *big.Int) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("attesters", modelId)
}

// UnpackAttesters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770aa3f7.
//
// Solidity: function attesters(uint256 modelId) view returns(address[])
func (deltaOneVerifier *DeltaOneVerifier) UnpackAttesters(data []byte) ([]common.Address, error) {
	out, err := deltaOneVerifier.abi.Unpack("attesters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackBenchmark is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c33056f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function benchmark(uint256 ) view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) PackBenchmark(arg0 *big.Int) []byte {
	enc, err := deltaOneVerifier.abi.Pack("benchmark", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBenchmark is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c33056f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function benchmark(uint256 ) view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) TryPackBenchmark(arg0 *big.Int) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("benchmark", arg0)
}

// UnpackBenchmark is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c33056f.
//
// Solidity: function benchmark(uint256 ) view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) UnpackBenchmark(data []byte) ([32]byte, error) {
	out, err := deltaOneVerifier.abi.Unpack("benchmark", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitBenchmark is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4263cd56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBenchmark(uint256 modelId, bytes32 benchmarkHash, int256 headScore, bytes32 headDigest) returns()
func (deltaOneVerifier *DeltaOneVerifier) PackCommitBenchmark(modelId *big.Int, benchmarkHash [32]byte, headScore *big.Int, headDigest [32]byte) []byte {
	enc, err := deltaOneVerifier.abi.Pack("commitBenchmark", modelId, benchmarkHash, headScore, headDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBenchmark is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4263cd56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBenchmark(uint256 modelId, bytes32 benchmarkHash, int256 headScore, bytes32 headDigest) returns()
func (deltaOneVerifier *DeltaOneVerifier) TryPackCommitBenchmark(modelId *big.Int, benchmarkHash [32]byte, headScore *big.Int, headDigest [32]byte) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("commitBenchmark", modelId, benchmarkHash, headScore, headDigest)
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84691767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config(uint256 modelId) view returns((uint128,uint8,uint8,uint8,uint8,uint8,bool))
func (deltaOneVerifier *DeltaOneVerifier) PackConfig(modelId *big.Int) []byte {
	enc, err := deltaOneVerifier.abi.Pack("config", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84691767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config(uint256 modelId) view returns((uint128,uint8,uint8,uint8,uint8,uint8,bool))
func (deltaOneVerifier *DeltaOneVerifier) TryPackConfig(modelId *big.Int) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("config", modelId)
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84691767.
//
// Solidity: function config(uint256 modelId) view returns((uint128,uint8,uint8,uint8,uint8,uint8,bool))
func (deltaOneVerifier *DeltaOneVerifier) UnpackConfig(data []byte) (DeltaOneVerifierConfig, error) {
	out, err := deltaOneVerifier.abi.Unpack("config", data)
	if err != nil {
		return *new(DeltaOneVerifierConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(DeltaOneVerifierConfig)).(*DeltaOneVerifierConfig)
	return out0, nil
}

// PackConfigureVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0eed800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureVerifier(uint256 modelId, (uint8,uint8,address[]) c) returns()
func (deltaOneVerifier *DeltaOneVerifier) PackConfigureVerifier(modelId *big.Int, c DeltaOneVerifierVerifierConfig) []byte {
	enc, err := deltaOneVerifier.abi.Pack("configureVerifier", modelId, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0eed800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureVerifier(uint256 modelId, (uint8,uint8,address[]) c) returns()
func (deltaOneVerifier *DeltaOneVerifier) TryPackConfigureVerifier(modelId *big.Int, c DeltaOneVerifierVerifierConfig) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("configureVerifier", modelId, c)
}

// PackConfigureZk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa717a3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureZk(uint256 modelId, (bytes32,bytes32,uint256,uint256,uint256,uint32) z) returns()
func (deltaOneVerifier *DeltaOneVerifier) PackConfigureZk(modelId *big.Int, z DeltaOneVerifierZkConfig) []byte {
	enc, err := deltaOneVerifier.abi.Pack("configureZk", modelId, z)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureZk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa717a3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureZk(uint256 modelId, (bytes32,bytes32,uint256,uint256,uint256,uint32) z) returns()
func (deltaOneVerifier *DeltaOneVerifier) TryPackConfigureZk(modelId *big.Int, z DeltaOneVerifierZkConfig) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("configureZk", modelId, z)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) PackDomainSeparator() []byte {
	enc, err := deltaOneVerifier.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) TryPackDomainSeparator() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := deltaOneVerifier.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifierEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (deltaOneVerifier *DeltaOneVerifier) PackVerifierEip712Domain() []byte {
	enc, err := deltaOneVerifier.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifierEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (deltaOneVerifier *DeltaOneVerifier) TryPackVerifierEip712Domain() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("eip712Domain")
}

// VerifierEip712DomainOutput serves as a container for the return parameters of contract
// method VerifierEip712Domain.
type VerifierEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackVerifierEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (deltaOneVerifier *DeltaOneVerifier) UnpackVerifierEip712Domain(data []byte) (VerifierEip712DomainOutput, error) {
	out, err := deltaOneVerifier.abi.Unpack("eip712Domain", data)
	outstruct := new(VerifierEip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackHashMintRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97af82f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashMintRequest((uint256,int256,int256,bytes32,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req) view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) PackHashMintRequest(req DeltaOneVerifierMintRequest) []byte {
	enc, err := deltaOneVerifier.abi.Pack("hashMintRequest", req)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashMintRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97af82f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashMintRequest((uint256,int256,int256,bytes32,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req) view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) TryPackHashMintRequest(req DeltaOneVerifierMintRequest) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("hashMintRequest", req)
}

// UnpackHashMintRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97af82f9.
//
// Solidity: function hashMintRequest((uint256,int256,int256,bytes32,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req) view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) UnpackHashMintRequest(data []byte) ([32]byte, error) {
	out, err := deltaOneVerifier.abi.Unpack("hashMintRequest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0826e37b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function head(uint256 modelId) view returns((int256,bytes32))
func (deltaOneVerifier *DeltaOneVerifier) PackHead(modelId *big.Int) []byte {
	enc, err := deltaOneVerifier.abi.Pack("head", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0826e37b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function head(uint256 modelId) view returns((int256,bytes32))
func (deltaOneVerifier *DeltaOneVerifier) TryPackHead(modelId *big.Int) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("head", modelId)
}

// UnpackHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0826e37b.
//
// Solidity: function head(uint256 modelId) view returns((int256,bytes32))
func (deltaOneVerifier *DeltaOneVerifier) UnpackHead(data []byte) (DeltaOneVerifierHead, error) {
	out, err := deltaOneVerifier.abi.Unpack("head", data)
	if err != nil {
		return *new(DeltaOneVerifierHead), err
	}
	out0 := *abi.ConvertType(out[0], new(DeltaOneVerifierHead)).(*DeltaOneVerifierHead)
	return out0, nil
}

// PackIsAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee792498.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAttester(uint256 modelId, address account) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) PackIsAttester(modelId *big.Int, account common.Address) []byte {
	enc, err := deltaOneVerifier.abi.Pack("isAttester", modelId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee792498.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAttester(uint256 modelId, address account) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) TryPackIsAttester(modelId *big.Int, account common.Address) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("isAttester", modelId, account)
}

// UnpackIsAttester is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee792498.
//
// Solidity: function isAttester(uint256 modelId, address account) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) UnpackIsAttester(data []byte) (bool, error) {
	out, err := deltaOneVerifier.abi.Unpack("isAttester", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e72b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyUsed(bytes32 ) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) PackKeyUsed(arg0 [32]byte) []byte {
	enc, err := deltaOneVerifier.abi.Pack("keyUsed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e72b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyUsed(bytes32 ) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) TryPackKeyUsed(arg0 [32]byte) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("keyUsed", arg0)
}

// UnpackKeyUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e72b8.
//
// Solidity: function keyUsed(bytes32 ) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) UnpackKeyUsed(data []byte) (bool, error) {
	out, err := deltaOneVerifier.abi.Unpack("keyUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca058edc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint((uint256,int256,int256,bytes32,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req, (bytes32,bytes32,uint8)[] sigs) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) PackMint(req DeltaOneVerifierMintRequest, sigs []DeltaOneVerifierSignature) []byte {
	enc, err := deltaOneVerifier.abi.Pack("mint", req, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca058edc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint((uint256,int256,int256,bytes32,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req, (bytes32,bytes32,uint8)[] sigs) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) TryPackMint(req DeltaOneVerifierMintRequest, sigs []DeltaOneVerifierSignature) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("mint", req, sigs)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca058edc.
//
// Solidity: function mint((uint256,int256,int256,bytes32,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req, (bytes32,bytes32,uint8)[] sigs) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) UnpackMint(data []byte) (*big.Int, error) {
	out, err := deltaOneVerifier.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintWithProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29952d67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintWithProof((uint256,bytes32,uint256,uint64,uint64,bytes32,(address,uint16)[],bytes32,uint64,uint64) req, uint256[8] proof) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) PackMintWithProof(req DeltaOneVerifierZkMintRequest, proof [8]*big.Int) []byte {
	enc, err := deltaOneVerifier.abi.Pack("mintWithProof", req, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintWithProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29952d67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintWithProof((uint256,bytes32,uint256,uint64,uint64,bytes32,(address,uint16)[],bytes32,uint64,uint64) req, uint256[8] proof) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) TryPackMintWithProof(req DeltaOneVerifierZkMintRequest, proof [8]*big.Int) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("mintWithProof", req, proof)
}

// UnpackMintWithProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29952d67.
//
// Solidity: function mintWithProof((uint256,bytes32,uint256,uint64,uint64,bytes32,(address,uint16)[],bytes32,uint64,uint64) req, uint256[8] proof) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) UnpackMintWithProof(data []byte) (*big.Int, error) {
	out, err := deltaOneVerifier.abi.Unpack("mintWithProof", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) PackRegistry() []byte {
	enc, err := deltaOneVerifier.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) TryPackRegistry() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := deltaOneVerifier.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(address admin_) returns()
func (deltaOneVerifier *DeltaOneVerifier) PackSetAdmin(admin common.Address) []byte {
	enc, err := deltaOneVerifier.abi.Pack("setAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(address admin_) returns()
func (deltaOneVerifier *DeltaOneVerifier) TryPackSetAdmin(admin common.Address) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("setAdmin", admin)
}

// PackStoreVerifyingKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c825ce3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storeVerifyingKey(uint256[] vk) returns(bytes32 vkHash)
func (deltaOneVerifier *DeltaOneVerifier) PackStoreVerifyingKey(vk []*big.Int) []byte {
	enc, err := deltaOneVerifier.abi.Pack("storeVerifyingKey", vk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoreVerifyingKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c825ce3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storeVerifyingKey(uint256[] vk) returns(bytes32 vkHash)
func (deltaOneVerifier *DeltaOneVerifier) TryPackStoreVerifyingKey(vk []*big.Int) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("storeVerifyingKey", vk)
}

// UnpackStoreVerifyingKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c825ce3.
//
// Solidity: function storeVerifyingKey(uint256[] vk) returns(bytes32 vkHash)
func (deltaOneVerifier *DeltaOneVerifier) UnpackStoreVerifyingKey(data []byte) ([32]byte, error) {
	out, err := deltaOneVerifier.abi.Unpack("storeVerifyingKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTokenManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a709b14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenManager() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) PackTokenManager() []byte {
	enc, err := deltaOneVerifier.abi.Pack("tokenManager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a709b14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenManager() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) TryPackTokenManager() ([]byte, error) {
	return deltaOneVerifier.abi.Pack("tokenManager")
}

// UnpackTokenManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a709b14.
//
// Solidity: function tokenManager() view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) UnpackTokenManager(data []byte) (common.Address, error) {
	out, err := deltaOneVerifier.abi.Unpack("tokenManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b898eea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(uint256[] vk, uint256[8] proof, uint256[3] input) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) PackVerifyProof(vk []*big.Int, proof [8]*big.Int, input [3]*big.Int) []byte {
	enc, err := deltaOneVerifier.abi.Pack("verifyProof", vk, proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b898eea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(uint256[] vk, uint256[8] proof, uint256[3] input) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) TryPackVerifyProof(vk []*big.Int, proof [8]*big.Int, input [3]*big.Int) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("verifyProof", vk, proof, input)
}

// UnpackVerifyProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b898eea.
//
// Solidity: function verifyProof(uint256[] vk, uint256[8] proof, uint256[3] input) view returns(bool)
func (deltaOneVerifier *DeltaOneVerifier) UnpackVerifyProof(data []byte) (bool, error) {
	out, err := deltaOneVerifier.abi.Unpack("verifyProof", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyingKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86fdef68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyingKeys(bytes32 ) view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) PackVerifyingKeys(arg0 [32]byte) []byte {
	enc, err := deltaOneVerifier.abi.Pack("verifyingKeys", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyingKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86fdef68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyingKeys(bytes32 ) view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) TryPackVerifyingKeys(arg0 [32]byte) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("verifyingKeys", arg0)
}

// UnpackVerifyingKeys is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86fdef68.
//
// Solidity: function verifyingKeys(bytes32 ) view returns(address)
func (deltaOneVerifier *DeltaOneVerifier) UnpackVerifyingKeys(data []byte) (common.Address, error) {
	out, err := deltaOneVerifier.abi.Unpack("verifyingKeys", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackZkBind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71f30d48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function zkBind((uint256,bytes32,uint256,uint64,uint64,bytes32,(address,uint16)[],bytes32,uint64,uint64) req) view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) PackZkBind(req DeltaOneVerifierZkMintRequest) []byte {
	enc, err := deltaOneVerifier.abi.Pack("zkBind", req)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZkBind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71f30d48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function zkBind((uint256,bytes32,uint256,uint64,uint64,bytes32,(address,uint16)[],bytes32,uint64,uint64) req) view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) TryPackZkBind(req DeltaOneVerifierZkMintRequest) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("zkBind", req)
}

// UnpackZkBind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71f30d48.
//
// Solidity: function zkBind((uint256,bytes32,uint256,uint64,uint64,bytes32,(address,uint16)[],bytes32,uint64,uint64) req) view returns(uint256)
func (deltaOneVerifier *DeltaOneVerifier) UnpackZkBind(data []byte) (*big.Int, error) {
	out, err := deltaOneVerifier.abi.Unpack("zkBind", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackZkConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08852882.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function zkConfig(uint256 modelId) view returns((bytes32,bytes32,uint256,uint32,uint64))
func (deltaOneVerifier *DeltaOneVerifier) PackZkConfig(modelId *big.Int) []byte {
	enc, err := deltaOneVerifier.abi.Pack("zkConfig", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZkConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08852882.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function zkConfig(uint256 modelId) view returns((bytes32,bytes32,uint256,uint32,uint64))
func (deltaOneVerifier *DeltaOneVerifier) TryPackZkConfig(modelId *big.Int) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("zkConfig", modelId)
}

// UnpackZkConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08852882.
//
// Solidity: function zkConfig(uint256 modelId) view returns((bytes32,bytes32,uint256,uint32,uint64))
func (deltaOneVerifier *DeltaOneVerifier) UnpackZkConfig(data []byte) (DeltaOneVerifierZkStatus, error) {
	out, err := deltaOneVerifier.abi.Unpack("zkConfig", data)
	if err != nil {
		return *new(DeltaOneVerifierZkStatus), err
	}
	out0 := *abi.ConvertType(out[0], new(DeltaOneVerifierZkStatus)).(*DeltaOneVerifierZkStatus)
	return out0, nil
}

// DeltaOneVerifierAdminChanged represents a AdminChanged event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierAdminChanged struct {
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierAdminChangedEventName = "AdminChanged"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierAdminChanged) ContractEventName() string {
	return DeltaOneVerifierAdminChangedEventName
}

// UnpackAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminChanged(address admin)
func (deltaOneVerifier *DeltaOneVerifier) UnpackAdminChangedEvent(log *types.Log) (*DeltaOneVerifierAdminChanged, error) {
	event := "AdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierAdminChanged)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeltaOneVerifierBenchmarkCommitted represents a BenchmarkCommitted event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierBenchmarkCommitted struct {
	ModelId       *big.Int
	BenchmarkHash [32]byte
	Previous      [32]byte
	HeadScore     *big.Int
	HeadDigest    [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierBenchmarkCommittedEventName = "BenchmarkCommitted"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierBenchmarkCommitted) ContractEventName() string {
	return DeltaOneVerifierBenchmarkCommittedEventName
}

// UnpackBenchmarkCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BenchmarkCommitted(uint256 indexed modelId, bytes32 indexed benchmarkHash, bytes32 previous, int256 headScore, bytes32 headDigest)
func (deltaOneVerifier *DeltaOneVerifier) UnpackBenchmarkCommittedEvent(log *types.Log) (*DeltaOneVerifierBenchmarkCommitted, error) {
	event := "BenchmarkCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierBenchmarkCommitted)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeltaOneVerifierDeltaOneVerified represents a DeltaOneVerified event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierDeltaOneVerified struct {
	ModelId         *big.Int
	IdempotencyKey  [32]byte
	CandidateDigest [32]byte
	BaselineScore   *big.Int
	CandidateScore  *big.Int
	DeltaOnes       *big.Int
	Reward          *big.Int
	ReceiptHash     [32]byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierDeltaOneVerifiedEventName = "DeltaOneVerified"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierDeltaOneVerified) ContractEventName() string {
	return DeltaOneVerifierDeltaOneVerifiedEventName
}

// UnpackDeltaOneVerifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeltaOneVerified(uint256 indexed modelId, bytes32 indexed idempotencyKey, bytes32 candidateDigest, int256 baselineScore, int256 candidateScore, uint256 deltaOnes, uint256 reward, bytes32 receiptHash)
func (deltaOneVerifier *DeltaOneVerifier) UnpackDeltaOneVerifiedEvent(log *types.Log) (*DeltaOneVerifierDeltaOneVerified, error) {
	event := "DeltaOneVerified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierDeltaOneVerified)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeltaOneVerifierEIP712DomainChanged represents a EIP712DomainChanged event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierEIP712DomainChanged) ContractEventName() string {
	return DeltaOneVerifierEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (deltaOneVerifier *DeltaOneVerifier) UnpackEIP712DomainChangedEvent(log *types.Log) (*DeltaOneVerifierEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeltaOneVerifierHeadSet represents a HeadSet event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierHeadSet struct {
	ModelId *big.Int
	Score   *big.Int
	Digest  [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierHeadSetEventName = "HeadSet"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierHeadSet) ContractEventName() string {
	return DeltaOneVerifierHeadSetEventName
}

// UnpackHeadSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HeadSet(uint256 indexed modelId, int256 score, bytes32 digest)
func (deltaOneVerifier *DeltaOneVerifier) UnpackHeadSetEvent(log *types.Log) (*DeltaOneVerifierHeadSet, error) {
	event := "HeadSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierHeadSet)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeltaOneVerifierVerifierConfigured represents a VerifierConfigured event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierVerifierConfigured struct {
	ModelId      *big.Int
	Metric       uint8
	Direction    uint8
	Method       uint8
	K            uint8
	DeltaOneSize *big.Int
	Attesters    []common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierVerifierConfiguredEventName = "VerifierConfigured"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierVerifierConfigured) ContractEventName() string {
	return DeltaOneVerifierVerifierConfiguredEventName
}

// UnpackVerifierConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierConfigured(uint256 indexed modelId, uint8 metric, uint8 direction, uint8 method, uint8 k, uint256 deltaOneSize, address[] attesters)
func (deltaOneVerifier *DeltaOneVerifier) UnpackVerifierConfiguredEvent(log *types.Log) (*DeltaOneVerifierVerifierConfigured, error) {
	event := "VerifierConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierVerifierConfigured)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeltaOneVerifierVerifyingKeyStored represents a VerifyingKeyStored event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierVerifyingKeyStored struct {
	VkHash       [32]byte
	DataContract common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierVerifyingKeyStoredEventName = "VerifyingKeyStored"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierVerifyingKeyStored) ContractEventName() string {
	return DeltaOneVerifierVerifyingKeyStoredEventName
}

// UnpackVerifyingKeyStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifyingKeyStored(bytes32 indexed vkHash, address dataContract)
func (deltaOneVerifier *DeltaOneVerifier) UnpackVerifyingKeyStoredEvent(log *types.Log) (*DeltaOneVerifierVerifyingKeyStored, error) {
	event := "VerifyingKeyStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierVerifyingKeyStored)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeltaOneVerifierZkConfigured represents a ZkConfigured event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierZkConfigured struct {
	ModelId       *big.Int
	VkHash        [32]byte
	BenchmarkHash [32]byte
	HeadCommit    *big.Int
	DataCommit    *big.Int
	State         *big.Int
	Rows          uint32
	Raw           *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierZkConfiguredEventName = "ZkConfigured"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierZkConfigured) ContractEventName() string {
	return DeltaOneVerifierZkConfiguredEventName
}

// UnpackZkConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ZkConfigured(uint256 indexed modelId, bytes32 vkHash, bytes32 benchmarkHash, uint256 headCommit, uint256 dataCommit, uint256 state, uint32 rows)
func (deltaOneVerifier *DeltaOneVerifier) UnpackZkConfiguredEvent(log *types.Log) (*DeltaOneVerifierZkConfigured, error) {
	event := "ZkConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierZkConfigured)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeltaOneVerifierZkProofAccepted represents a ZkProofAccepted event raised by the DeltaOneVerifier contract.
type DeltaOneVerifierZkProofAccepted struct {
	ModelId        *big.Int
	IdempotencyKey [32]byte
	NewState       *big.Int
	Nonce          uint64
	B              uint64
	C              uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const DeltaOneVerifierZkProofAcceptedEventName = "ZkProofAccepted"

// ContractEventName returns the user-defined event name.
func (DeltaOneVerifierZkProofAccepted) ContractEventName() string {
	return DeltaOneVerifierZkProofAcceptedEventName
}

// UnpackZkProofAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ZkProofAccepted(uint256 indexed modelId, bytes32 indexed idempotencyKey, uint256 newState, uint64 nonce, uint64 b, uint64 c)
func (deltaOneVerifier *DeltaOneVerifier) UnpackZkProofAcceptedEvent(log *types.Log) (*DeltaOneVerifierZkProofAccepted, error) {
	event := "ZkProofAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deltaOneVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeltaOneVerifierZkProofAccepted)
	if len(log.Data) > 0 {
		if err := deltaOneVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deltaOneVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (deltaOneVerifier *DeltaOneVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["BadContributorCount"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackBadContributorCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["BaselineNotHead"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackBaselineNotHeadError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["BenchmarkMismatch"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackBenchmarkMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["BenchmarkNotCommitted"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackBenchmarkNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["CountsExceedRows"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackCountsExceedRowsError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["HighS"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["KeyAlreadyUsed"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackKeyAlreadyUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["LowerBoundNotPositive"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackLowerBoundNotPositiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["NoImprovement"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackNoImprovementError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["NotAttester"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackNotAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["NotConfigured"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackNotConfiguredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["NotEnoughSignatures"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackNotEnoughSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["RepeatedSigner"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackRepeatedSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["RequestExpired"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackRequestExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["SignTestFailed"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackSignTestFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["SignersNotSorted"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackSignersNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["StaleRequest"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackStaleRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["UnsupportedMethod"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackUnsupportedMethodError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["VerifyingKeyNotStored"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackVerifyingKeyNotStoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["WrongMethod"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackWrongMethodError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["ZkNotConfigured"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackZkNotConfiguredError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DeltaOneVerifierBadConfig represents a BadConfig error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierBadConfig struct {
	Name  string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig(string name, uint256 value)
func DeltaOneVerifierBadConfigErrorID() common.Hash {
	return common.HexToHash("0x23c393d55bed952d1216b7f797da3d0212880a5271ea87d2db529932e03d9336")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig(string name, uint256 value)
func (deltaOneVerifier *DeltaOneVerifier) UnpackBadConfigError(raw []byte) (*DeltaOneVerifierBadConfig, error) {
	out := new(DeltaOneVerifierBadConfig)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierBadContributorCount represents a BadContributorCount error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierBadContributorCount struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadContributorCount(uint256 count)
func DeltaOneVerifierBadContributorCountErrorID() common.Hash {
	return common.HexToHash("0x68ccb84b9c224250805a7f965fd3f67615deb928d39f31a79de345eaecb5387e")
}

// UnpackBadContributorCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadContributorCount(uint256 count)
func (deltaOneVerifier *DeltaOneVerifier) UnpackBadContributorCountError(raw []byte) (*DeltaOneVerifierBadContributorCount, error) {
	out := new(DeltaOneVerifierBadContributorCount)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "BadContributorCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierBaselineNotHead represents a BaselineNotHead error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierBaselineNotHead struct {
	Baseline *big.Int
	Head     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BaselineNotHead(int256 baseline, int256 head)
func DeltaOneVerifierBaselineNotHeadErrorID() common.Hash {
	return common.HexToHash("0xe9bf3c75aac12391f320f5472493e5fbd4dd0fc9c6499bb2f4b91d762eb98bce")
}

// UnpackBaselineNotHeadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BaselineNotHead(int256 baseline, int256 head)
func (deltaOneVerifier *DeltaOneVerifier) UnpackBaselineNotHeadError(raw []byte) (*DeltaOneVerifierBaselineNotHead, error) {
	out := new(DeltaOneVerifierBaselineNotHead)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "BaselineNotHead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierBenchmarkMismatch represents a BenchmarkMismatch error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierBenchmarkMismatch struct {
	Got       [32]byte
	Committed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BenchmarkMismatch(bytes32 got, bytes32 committed)
func DeltaOneVerifierBenchmarkMismatchErrorID() common.Hash {
	return common.HexToHash("0x41fe58e89671dddec4864d380668be8fe18f91c6239fcd59cccef6ad511fcd00")
}

// UnpackBenchmarkMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BenchmarkMismatch(bytes32 got, bytes32 committed)
func (deltaOneVerifier *DeltaOneVerifier) UnpackBenchmarkMismatchError(raw []byte) (*DeltaOneVerifierBenchmarkMismatch, error) {
	out := new(DeltaOneVerifierBenchmarkMismatch)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "BenchmarkMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierBenchmarkNotCommitted represents a BenchmarkNotCommitted error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierBenchmarkNotCommitted struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BenchmarkNotCommitted(uint256 modelId)
func DeltaOneVerifierBenchmarkNotCommittedErrorID() common.Hash {
	return common.HexToHash("0xaa0565286ac8a51891ef2eb01a0f2d79887a786cacd9822eb02816f87197ed50")
}

// UnpackBenchmarkNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BenchmarkNotCommitted(uint256 modelId)
func (deltaOneVerifier *DeltaOneVerifier) UnpackBenchmarkNotCommittedError(raw []byte) (*DeltaOneVerifierBenchmarkNotCommitted, error) {
	out := new(DeltaOneVerifierBenchmarkNotCommitted)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "BenchmarkNotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierCountsExceedRows represents a CountsExceedRows error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierCountsExceedRows struct {
	Disagreements *big.Int
	Rows          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountsExceedRows(uint256 disagreements, uint256 rows)
func DeltaOneVerifierCountsExceedRowsErrorID() common.Hash {
	return common.HexToHash("0x8c3d63dd8e418d2691de77a0921ccdb361f587e2c8b514954de5b0871505d4da")
}

// UnpackCountsExceedRowsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountsExceedRows(uint256 disagreements, uint256 rows)
func (deltaOneVerifier *DeltaOneVerifier) UnpackCountsExceedRowsError(raw []byte) (*DeltaOneVerifierCountsExceedRows, error) {
	out := new(DeltaOneVerifierCountsExceedRows)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "CountsExceedRows", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierHighS represents a HighS error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierHighS struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HighS(uint256 index)
func DeltaOneVerifierHighSErrorID() common.Hash {
	return common.HexToHash("0x9ddca1c96bf5df85bda9a85155bba25f24beea32631c2a3eb03a9997ab988f3f")
}

// UnpackHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HighS(uint256 index)
func (deltaOneVerifier *DeltaOneVerifier) UnpackHighSError(raw []byte) (*DeltaOneVerifierHighS, error) {
	out := new(DeltaOneVerifierHighS)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "HighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierInvalidProof represents a InvalidProof error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func DeltaOneVerifierInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (deltaOneVerifier *DeltaOneVerifier) UnpackInvalidProofError(raw []byte) (*DeltaOneVerifierInvalidProof, error) {
	out := new(DeltaOneVerifierInvalidProof)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierInvalidShortString represents a InvalidShortString error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DeltaOneVerifierInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (deltaOneVerifier *DeltaOneVerifier) UnpackInvalidShortStringError(raw []byte) (*DeltaOneVerifierInvalidShortString, error) {
	out := new(DeltaOneVerifierInvalidShortString)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierInvalidSignature represents a InvalidSignature error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index)
func DeltaOneVerifierInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x52bf9848f4f569cd5e845a26f8524878f8ac004dcaace7433d78683624c84a76")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index)
func (deltaOneVerifier *DeltaOneVerifier) UnpackInvalidSignatureError(raw []byte) (*DeltaOneVerifierInvalidSignature, error) {
	out := new(DeltaOneVerifierInvalidSignature)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierKeyAlreadyUsed represents a KeyAlreadyUsed error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierKeyAlreadyUsed struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyAlreadyUsed(bytes32 key)
func DeltaOneVerifierKeyAlreadyUsedErrorID() common.Hash {
	return common.HexToHash("0x509fcd662dfee30184ba37a6b14330bc5a8a1f895ec3234be02de46bbace7def")
}

// UnpackKeyAlreadyUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyAlreadyUsed(bytes32 key)
func (deltaOneVerifier *DeltaOneVerifier) UnpackKeyAlreadyUsedError(raw []byte) (*DeltaOneVerifierKeyAlreadyUsed, error) {
	out := new(DeltaOneVerifierKeyAlreadyUsed)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "KeyAlreadyUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierLowerBoundNotPositive represents a LowerBoundNotPositive error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierLowerBoundNotPositive struct {
	LowerBound *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LowerBoundNotPositive(int256 lowerBound)
func DeltaOneVerifierLowerBoundNotPositiveErrorID() common.Hash {
	return common.HexToHash("0x5f2e2575d2dbaefe8ba7f9c956ca76145e5c410fbd4d3a02b1b5db606c0fb36d")
}

// UnpackLowerBoundNotPositiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LowerBoundNotPositive(int256 lowerBound)
func (deltaOneVerifier *DeltaOneVerifier) UnpackLowerBoundNotPositiveError(raw []byte) (*DeltaOneVerifierLowerBoundNotPositive, error) {
	out := new(DeltaOneVerifierLowerBoundNotPositive)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "LowerBoundNotPositive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierNoImprovement represents a NoImprovement error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierNoImprovement struct {
	Improvement *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoImprovement(int256 improvement)
func DeltaOneVerifierNoImprovementErrorID() common.Hash {
	return common.HexToHash("0xa92100ac724014e101f5deaafd1586ff4727bcf0e1c507b72582b63e856a4daa")
}

// UnpackNoImprovementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoImprovement(int256 improvement)
func (deltaOneVerifier *DeltaOneVerifier) UnpackNoImprovementError(raw []byte) (*DeltaOneVerifierNoImprovement, error) {
	out := new(DeltaOneVerifierNoImprovement)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "NoImprovement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierNotAttester represents a NotAttester error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierNotAttester struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttester(address signer)
func DeltaOneVerifierNotAttesterErrorID() common.Hash {
	return common.HexToHash("0x14817f2f584570953b41dcf787fe5799176797b67ea0429f314f3bca83b3274a")
}

// UnpackNotAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttester(address signer)
func (deltaOneVerifier *DeltaOneVerifier) UnpackNotAttesterError(raw []byte) (*DeltaOneVerifierNotAttester, error) {
	out := new(DeltaOneVerifierNotAttester)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "NotAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierNotConfigured represents a NotConfigured error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierNotConfigured struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotConfigured(uint256 modelId)
func DeltaOneVerifierNotConfiguredErrorID() common.Hash {
	return common.HexToHash("0x9b04588d9a43acf0ec4a832d9a5be7ca7216a847f40807a172a088864c68c6cd")
}

// UnpackNotConfiguredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotConfigured(uint256 modelId)
func (deltaOneVerifier *DeltaOneVerifier) UnpackNotConfiguredError(raw []byte) (*DeltaOneVerifierNotConfigured, error) {
	out := new(DeltaOneVerifierNotConfigured)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "NotConfigured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierNotEnoughSignatures represents a NotEnoughSignatures error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierNotEnoughSignatures struct {
	Got      *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughSignatures(uint256 got, uint256 required)
func DeltaOneVerifierNotEnoughSignaturesErrorID() common.Hash {
	return common.HexToHash("0x79c193d2b9a5ab2a87f6c5945f80093d2564073c49c98e4bca0ef08737475744")
}

// UnpackNotEnoughSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughSignatures(uint256 got, uint256 required)
func (deltaOneVerifier *DeltaOneVerifier) UnpackNotEnoughSignaturesError(raw []byte) (*DeltaOneVerifierNotEnoughSignatures, error) {
	out := new(DeltaOneVerifierNotEnoughSignatures)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "NotEnoughSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierRepeatedSigner represents a RepeatedSigner error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierRepeatedSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RepeatedSigner(address signer)
func DeltaOneVerifierRepeatedSignerErrorID() common.Hash {
	return common.HexToHash("0x7451f83e629fe564b4033a7bb8aad04558ce087e76335c241d5efaa5d25d1ab0")
}

// UnpackRepeatedSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RepeatedSigner(address signer)
func (deltaOneVerifier *DeltaOneVerifier) UnpackRepeatedSignerError(raw []byte) (*DeltaOneVerifierRepeatedSigner, error) {
	out := new(DeltaOneVerifierRepeatedSigner)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "RepeatedSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierRequestExpired represents a RequestExpired error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierRequestExpired struct {
	Deadline  *big.Int
	Timestamp *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestExpired(uint256 deadline, uint256 timestamp)
func DeltaOneVerifierRequestExpiredErrorID() common.Hash {
	return common.HexToHash("0x6bdd24364ea257bc2fc44b73a2b568ad948e3a1e4e7a2a26fe3443f117dd7ea6")
}

// UnpackRequestExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestExpired(uint256 deadline, uint256 timestamp)
func (deltaOneVerifier *DeltaOneVerifier) UnpackRequestExpiredError(raw []byte) (*DeltaOneVerifierRequestExpired, error) {
	out := new(DeltaOneVerifierRequestExpired)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "RequestExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierSignTestFailed represents a SignTestFailed error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierSignTestFailed struct {
	B uint64
	C uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignTestFailed(uint64 b, uint64 c)
func DeltaOneVerifierSignTestFailedErrorID() common.Hash {
	return common.HexToHash("0x54d918b47726d42fb24cddd7eb774ebe04240eace68b11a6a3466d7c6b3170ca")
}

// UnpackSignTestFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignTestFailed(uint64 b, uint64 c)
func (deltaOneVerifier *DeltaOneVerifier) UnpackSignTestFailedError(raw []byte) (*DeltaOneVerifierSignTestFailed, error) {
	out := new(DeltaOneVerifierSignTestFailed)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "SignTestFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierSignersNotSorted represents a SignersNotSorted error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierSignersNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotSorted(uint256 index)
func DeltaOneVerifierSignersNotSortedErrorID() common.Hash {
	return common.HexToHash("0x151f10f86bf4480fbedfdcb66cc3252205bafbd1bb4d06cbab5e6422ecd5ac9b")
}

// UnpackSignersNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotSorted(uint256 index)
func (deltaOneVerifier *DeltaOneVerifier) UnpackSignersNotSortedError(raw []byte) (*DeltaOneVerifierSignersNotSorted, error) {
	out := new(DeltaOneVerifierSignersNotSorted)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "SignersNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierStaleRequest represents a StaleRequest error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierStaleRequest struct {
	Nonce   uint64
	Current uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleRequest(uint64 nonce, uint64 current)
func DeltaOneVerifierStaleRequestErrorID() common.Hash {
	return common.HexToHash("0xf84f0cd10f6e18f7b8b4745b4845ffb4fabc7769a1b080980ddddd1b3452814d")
}

// UnpackStaleRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleRequest(uint64 nonce, uint64 current)
func (deltaOneVerifier *DeltaOneVerifier) UnpackStaleRequestError(raw []byte) (*DeltaOneVerifierStaleRequest, error) {
	out := new(DeltaOneVerifierStaleRequest)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "StaleRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierStringTooLong represents a StringTooLong error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DeltaOneVerifierStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (deltaOneVerifier *DeltaOneVerifier) UnpackStringTooLongError(raw []byte) (*DeltaOneVerifierStringTooLong, error) {
	out := new(DeltaOneVerifierStringTooLong)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierUnauthorized represents a Unauthorized error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func DeltaOneVerifierUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (deltaOneVerifier *DeltaOneVerifier) UnpackUnauthorizedError(raw []byte) (*DeltaOneVerifierUnauthorized, error) {
	out := new(DeltaOneVerifierUnauthorized)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierUnknownModel represents a UnknownModel error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierUnknownModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint256 modelId)
func DeltaOneVerifierUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x2380022d955c9d9f2011291f12230d2200b459ca8f2d07a27d4410c88f1ada5e")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint256 modelId)
func (deltaOneVerifier *DeltaOneVerifier) UnpackUnknownModelError(raw []byte) (*DeltaOneVerifierUnknownModel, error) {
	out := new(DeltaOneVerifierUnknownModel)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierUnsupportedMethod represents a UnsupportedMethod error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierUnsupportedMethod struct {
	Method uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedMethod(uint8 method)
func DeltaOneVerifierUnsupportedMethodErrorID() common.Hash {
	return common.HexToHash("0x98294d5f54db5bac84ed140106d453ee1221fdab8fbcf7b0dec482d7604455c7")
}

// UnpackUnsupportedMethodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedMethod(uint8 method)
func (deltaOneVerifier *DeltaOneVerifier) UnpackUnsupportedMethodError(raw []byte) (*DeltaOneVerifierUnsupportedMethod, error) {
	out := new(DeltaOneVerifierUnsupportedMethod)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "UnsupportedMethod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierVerifyingKeyNotStored represents a VerifyingKeyNotStored error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierVerifyingKeyNotStored struct {
	VkHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifyingKeyNotStored(bytes32 vkHash)
func DeltaOneVerifierVerifyingKeyNotStoredErrorID() common.Hash {
	return common.HexToHash("0x4b9c58d196197a4020ee378726635e54df012dc117c31e58c5ed24fa9d2ec71f")
}

// UnpackVerifyingKeyNotStoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifyingKeyNotStored(bytes32 vkHash)
func (deltaOneVerifier *DeltaOneVerifier) UnpackVerifyingKeyNotStoredError(raw []byte) (*DeltaOneVerifierVerifyingKeyNotStored, error) {
	out := new(DeltaOneVerifierVerifyingKeyNotStored)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "VerifyingKeyNotStored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierWrongMethod represents a WrongMethod error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierWrongMethod struct {
	Method uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongMethod(uint8 method)
func DeltaOneVerifierWrongMethodErrorID() common.Hash {
	return common.HexToHash("0x42d0eb23cf5d81e06b37011d5abf3f3fca6c8322240475eeef0939f3fef65bca")
}

// UnpackWrongMethodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongMethod(uint8 method)
func (deltaOneVerifier *DeltaOneVerifier) UnpackWrongMethodError(raw []byte) (*DeltaOneVerifierWrongMethod, error) {
	out := new(DeltaOneVerifierWrongMethod)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "WrongMethod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaOneVerifierZkNotConfigured represents a ZkNotConfigured error raised by the DeltaOneVerifier contract.
type DeltaOneVerifierZkNotConfigured struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZkNotConfigured(uint256 modelId)
func DeltaOneVerifierZkNotConfiguredErrorID() common.Hash {
	return common.HexToHash("0xf0dbb84d2a4dea5040c03d7f362baa5b533de46486d8bfb494aea2a594060a88")
}

// UnpackZkNotConfiguredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZkNotConfigured(uint256 modelId)
func (deltaOneVerifier *DeltaOneVerifier) UnpackZkNotConfiguredError(raw []byte) (*DeltaOneVerifierZkNotConfigured, error) {
	out := new(DeltaOneVerifierZkNotConfigured)
	if err := deltaOneVerifier.abi.UnpackIntoInterface(out, "ZkNotConfigured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerMetaData contains all meta data concerning the TokenManager contract.
var TokenManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModelDirectory\",\"name\":\"directory_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadContributorCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"BadSetting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"BudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ContributorsNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ImprovementBelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"PriceGovernedByDao\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RepeatedContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"RewardNotConfigured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"RewardsGovernedByDao\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"}],\"name\":\"WeightsNotTenThousand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroReward\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"BudgetSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"to\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"PriceRampStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributorsTotal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ownerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budgetLeft\",\"type\":\"uint256\"}],\"name\":\"RewardMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mintThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributorBps\",\"type\":\"uint256\"}],\"name\":\"TokenManagerConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_CONTRIBUTOR_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_MINT_THRESHOLD\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_PRICE_PER_CALL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CONTRIBUTORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_RAMP\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxReward\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"mintThreshold\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"contributorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"apiFeeRate\",\"type\":\"uint64\"}],\"internalType\":\"structTokenManager.ManagerConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"configureTokenManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"directory\",\"outputs\":[{\"internalType\":\"contractIModelDirectory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"mintReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"}],\"name\":\"priceAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"pricePerCall\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"priceRamp\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"start\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"end\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"set\",\"type\":\"bool\"}],\"internalType\":\"structTokenManager.PriceRamp\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"rewardConfig\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxReward\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"budget\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"mintThreshold\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"contributorBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"configured\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"minted\",\"type\":\"bool\"}],\"internalType\":\"structTokenManager.RewardConfig\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"}],\"name\":\"rewardFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"budget\",\"type\":\"uint128\"}],\"name\":\"setBudget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"setPricePerCall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxReward\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"mintThreshold\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"contributorBps\",\"type\":\"uint16\"}],\"name\":\"setRewardParameters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier_\",\"type\":\"address\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributorBps\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"splitReward\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"parts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"ownerAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "804188847c203c013dec0501c60474577b",
	Bin: "0x60a0346100aa57601f61251f38819003918201601f19168301916001600160401b038311848410176100ae5780849260409485528339810103126100aa578051906001600160a01b03821682036100aa57602001516001600160a01b03811691908290036100aa576080525f80546001600160a01b03191691909117905560405161245c90816100c3823960805181818161023801528181610cfb015281816122c301526123e10152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6101e06040526004361015610012575f80fd5b5f5f3560e01c806301dbdf441461182457806305168074146118005780631b2d66e31461178e5780631fba80ef1461176757806324d882fe146116c15780632b7ac3f31461168e5780633db555171461166c578063472161c7146115ab5780635437988d146114c05780636b06d904146114a4578063704b6c02146113ff5780638a7652de14610adb5780639ec43dcf14610abe5780639f4bca2614610aa2578063a2451366146106ec578063b25cd698146103a4578063c087015a1461027a578063c14f5fad1461025c578063c41c2f241461020b578063cf2caee9146101375763f851a44014610102575f80fd5b3461013457806003193601126101345773ffffffffffffffffffffffffffffffffffffffff6020915416604051908152f35b80fd5b50346101345760206003193601126101345760408160a0926080835161015c8161193c565b8281528260208201528285820152826060820152015260043581526003602052206040519061018a8261193c565b5464ffffffffff67ffffffffffffffff821692838152816020820167ffffffffffffffff8560401c16815267ffffffffffffffff6040840191838760801c16835260ff60806060870196868a60a81c168852019760d01c16151587526040519788525116602087015251166040850152511660608301525115156080820152f35b5034610134578060031936011261013457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610134578060031936011261013457602060405162278d008152f35b50346101345760206003193601126101345760408160e09260c0835161029f816118f3565b82815282602082015282858201528260608201528260808201528260a0820152015260043581526002602052206040516102d8816118f3565b81549061ffff60016fffffffffffffffffffffffffffffffff841694858452602084019460801c85520154926bffffffffffffffffffffffff604084016fffffffffffffffffffffffffffffffff861681526fffffffffffffffffffffffffffffffff6060860191838860801c168352816080880195878a8d1c16875260c060a08a019960ff8c60f01c1615158b52019960f81c15158a526040519a8b52511660208a015251166040880152511660608601525116608084015251151560a083015251151560c0820152f35b5034610134576103b336611864565b92908490841580156106e2575b6106b6576001850192838611610689576103dc8493929361223f565b946103ea6040519687611958565b8486527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06104178661223f565b013660208801377fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe061046161044b8761223f565b966104596040519889611958565b80885261223f565b013660208701378792889489955b898710156105fd578660061b82019561048787612257565b9173ffffffffffffffffffffffffffffffffffffffff6104a689612257565b1690811580156105e6575b6105ba5789610539575b505081966020016104cb90611c66565b61ffff166104d8916119f0565b926104e385856119a6565b6104ed90876119a6565b6305f5e1009004916104ff898c611c75565b9073ffffffffffffffffffffffffffffffffffffffff1690526105229082611999565b61052c888a611c75565b529560010195919461046f565b73ffffffffffffffffffffffffffffffffffffffff169081811461058f5710610563575f806104bb565b60248c897f314be1d1000000000000000000000000000000000000000000000000000000008252600452fd5b7f55096518000000000000000000000000000000000000000000000000000000008e5260045260248dfd5b60248e8b7f9853ab9d000000000000000000000000000000000000000000000000000000008252600452fd5b5061ffff6105f660208b01611c66565b16156104b1565b82888b878e8d8b612710810361065e57509161065495916106218561062795611c75565b52611999565b6106318284611c75565b5261063c8183611c75565b519082526040519283926040845260408401906118c0565b9060208301520390f35b7f49d8063a000000000000000000000000000000000000000000000000000000008352600452602482fd5b6024877f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b602486867f68ccb84b000000000000000000000000000000000000000000000000000000008252600452fd5b50606485116103c0565b50346101345760c06003193601126101345760043560a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc360112610a9e5773ffffffffffffffffffffffffffffffffffffffff61074982612278565b166040517fd33219b4000000000000000000000000000000000000000000000000000000008152602081600481855afa8015610a93578490610a46575b73ffffffffffffffffffffffffffffffffffffffff9150163303610883575b506024356fffffffffffffffffffffffffffffffff8116810361087f576044356fffffffffffffffffffffffffffffffff8116810361087b576064356bffffffffffffffffffffffff81168103610877576084359161ffff831683036108735761080f9385611d7f565b67ffffffffffffffff610820611c29565b16151580610846575b610831575080f35b6108439061083d611c29565b90612090565b80f35b5061084f611c29565b818352600360205267ffffffffffffffff80604085205460401c1691161415610829565b8580fd5b8480fd5b8380fd5b8280fd5b61088c8261237a565b8183526002602052600160408420015460f81c610a1a5767ffffffffffffffff6108b4611c29565b161515806109ed575b156107a55760c0600491604051928380927fd80528ae0000000000000000000000000000000000000000000000000000000082525afa9081156109e2578391610967575b50818352600360205260ff604084205460d01c16908115610953575b50610928575f6107a5565b7f76bb0b5f000000000000000000000000000000000000000000000000000000008252600452602490fd5b67ffffffffffffffff91501615155f61091d565b905060c0813d60c0116109da575b8161098260c09383611958565b8101031261087f5761099381611c40565b506109a060208201611c40565b506109ad60408201611c40565b506109ba60608201611c40565b506109d360a06109cc60808401611c51565b9201611c51565b505f610901565b3d9150610975565b6040513d85823e3d90fd5b506109f6611c29565b828452600360205267ffffffffffffffff80604086205460401c16911614156108bd565b602483837fa96eee89000000000000000000000000000000000000000000000000000000008252600452fd5b506020813d602011610a8b575b81610a6060209383611958565b8101031261087b57610a8673ffffffffffffffffffffffffffffffffffffffff91611b76565b610786565b3d9150610a53565b6040513d86823e3d90fd5b5080fd5b5034610134578060031936011261013457602060405160648152f35b50346101345780600319360112610134576020604051611b588152f35b503461121957610aea36611864565b6101a0526101c05260e05260c05273ffffffffffffffffffffffffffffffffffffffff6001541633036113d35760c0515f52600260205260405f20604051610b31816118f3565b60018254926fffffffffffffffffffffffffffffffff84168352602083019360801c845201549160408201916fffffffffffffffffffffffffffffffff84168352606081016bffffffffffffffffffffffff8560801c168152608082019461ffff8160e01c16865260ff8160f01c161590811560a085015260f81c151560c08401526113a5576bffffffffffffffffffffffff9051168060e051106113745750906fffffffffffffffffffffffffffffffff610c069251166fffffffffffffffffffffffffffffffff60e05192511690611b50565b61012052610120511561134c576fffffffffffffffffffffffffffffffff81511680610120511161131a5750610c53906fffffffffffffffffffffffffffffffff61012051915116611999565b60c080515f908152600260205260409081902060010180547effffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff8516177f0100000000000000000000000000000000000000000000000000000000000000179055517fca985f6300000000000000000000000000000000000000000000000000000000815290516004820152929091906060846024817f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff165afa801561120e575f925f955f926112e2575b5073ffffffffffffffffffffffffffffffffffffffff8616156112b45761ffff905116610100525f946101a0511580156112a7575b6112785760016101a05101806101a0511161124b57610e1281610dd1610dc17fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0949a959a61223f565b6040516101805261018051611958565b80610180515282610de18261223f565b01366020610180510137610e07610df78261223f565b6040516101605261016051611958565b80610160515261223f565b013660206101605101375f60a08190526080819052610140525b6101a05161014051101561100957610e4e6101405160061b6101c05101612257565b9073ffffffffffffffffffffffffffffffffffffffff610e786101405160061b6101c05101612257565b1680158015610fe7575b610fb85761014051610f32575b50610f129082608052610ebe61ffff610eb560206101405160061b6101c0510101611c66565b1660a0516119f0565b60a0526305f5e100610ee1610ed86101005160a0516119a6565b610120516119a6565b049273ffffffffffffffffffffffffffffffffffffffff610f086101405161018051611c75565b9116905282611999565b610f226101405161016051611c75565b5261014080516001019052610e2c565b73ffffffffffffffffffffffffffffffffffffffff6080511690818114610f8d5710610f5e575f610e8f565b7f314be1d1000000000000000000000000000000000000000000000000000000005f526101405160045260245ffd5b7f55096518000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f9853ab9d000000000000000000000000000000000000000000000000000000005f526101405160045260245ffd5b5061ffff61100260206101405160061b6101c0510101611c66565b1615610e82565b9461271060a0510361121d5773ffffffffffffffffffffffffffffffffffffffff61103a6101a05161018051611c75565b941680945261104c8661012051611999565b61105c6101a05161016051611c75565b5273ffffffffffffffffffffffffffffffffffffffff81163b15611219575f60405180927f7c88e3d9000000000000000000000000000000000000000000000000000000008252818373ffffffffffffffffffffffffffffffffffffffff826110cf610160516101805160048401611bc4565b0393165af1801561120e576111e5575b506101a08051610180515251610160515273ffffffffffffffffffffffffffffffffffffffff16803b15610a9e578160405180927fb4279c2100000000000000000000000000000000000000000000000000000000825281838161114d610160516101805160048401611bc4565b03925af180156111da576111c5575b505061116b8361012051611999565b6040519360e051855261012051602086015260408501526060840152608083015260a08201527fa01463748918dd58ee1d3157573eeee95eb0c6773fcf0ff4aaa407b12cbf32d860c0805192a26020604051610120518152f35b6111d0828092611958565b610134578061115c565b6040513d84823e3d90fd5b6111f29192505f90611958565b5f9073ffffffffffffffffffffffffffffffffffffffff6110df565b6040513d5f823e3d90fd5b5f80fd5b7f49d8063a000000000000000000000000000000000000000000000000000000005f5260a05160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f68ccb84b000000000000000000000000000000000000000000000000000000005f526101a05160045260245ffd5b5060646101a05111610d78565b7f2380022d000000000000000000000000000000000000000000000000000000005f5260c05160045260245ffd5b9150925061130991945060603d606011611313575b6113018183611958565b810190611b97565b909491925f610d43565b503d6112f7565b7f29a8b5f0000000000000000000000000000000000000000000000000000000005f526101205160045260245260445ffd5b7f9c1b2784000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa1169c93000000000000000000000000000000000000000000000000000000005f5260e05160045260245260445ffd5b7f3755908d000000000000000000000000000000000000000000000000000000005f5260c05160045260245ffd5b7f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346112195760206003193601126112195760043573ffffffffffffffffffffffffffffffffffffffff8116809103611219575f5473ffffffffffffffffffffffffffffffffffffffff811633036113d357817f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c927fffffffffffffffffffffffff000000000000000000000000000000000000000060209316175f55604051908152a1005b34611219575f6003193601126112195760206040516107d08152f35b346112195760206003193601126112195760043573ffffffffffffffffffffffffffffffffffffffff81168091036112195773ffffffffffffffffffffffffffffffffffffffff5f541633036113d35760015473ffffffffffffffffffffffffffffffffffffffff811661158357817f480b37e3d134e44cb444c9703493c7db564c707cb8a18cecea165f340431da1f927fffffffffffffffffffffffff00000000000000000000000000000000000000006020931617600155604051908152a1005b7f8952a343000000000000000000000000000000000000000000000000000000005f5260045ffd5b34611219576040600319360112611219576004356115c7611845565b73ffffffffffffffffffffffffffffffffffffffff5f541633036113d35760207f869e2577b006bf47ee981cf6fec2e25583548081c14b98deab587f77b506803891835f5260028252600160405f20016fffffffffffffffffffffffffffffffff82167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161790556fffffffffffffffffffffffffffffffff60405191168152a2005b34611219575f600319360112611219576020604051670de0b6b3a76400008152f35b34611219575f60031936011261121957602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b346112195760406003193601126112195760043560243567ffffffffffffffff8116808203611219576116f383611cb6565b156117035761170191612090565b005b60846040517f72504da200000000000000000000000000000000000000000000000000000000815260406004820152600560448201527f707269636500000000000000000000000000000000000000000000000000000060648201525f6024820152fd5b34611219576020600319360112611219576020611786426004356119fd565b604051908152f35b346112195760a0600319360112611219576004356117aa611845565b6044356fffffffffffffffffffffffffffffffff8116810361121957606435906bffffffffffffffffffffffff82168203611219576084359261ffff8416840361121957846117fb61170196611cb6565b611d7f565b34611219576060600319360112611219576020611786604435602435600435611b50565b346112195760406003193601126112195760206117866024356004356119fd565b602435906fffffffffffffffffffffffffffffffff8216820361121957565b90606060031983011261121957600435916024359160443567ffffffffffffffff811161121957826023820112156112195780600401359267ffffffffffffffff84116112195760248460061b83010111611219576024019190565b90602080835192838152019201905f5b8181106118dd5750505090565b82518452602093840193909201916001016118d0565b60e0810190811067ffffffffffffffff82111761190f57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60a0810190811067ffffffffffffffff82111761190f57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761190f57604052565b9190820391821161124b57565b8181029291811591840414171561124b57565b81156119c3570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b9190820180921161124b57565b5f52600360205260405f209060405191611a168361193c565b5467ffffffffffffffff811680845267ffffffffffffffff8260401c1690602085019382855264ffffffffff8460801c1691604087019383855264ffffffffff8660a81c1660ff60608a019782895260d01c1615801560808b0152611b4157831015611b36575082821115611b2c5750611a9764ffffffffff928392611999565b935116915116900364ffffffffff811161124b5764ffffffffff169067ffffffffffffffff8351169367ffffffffffffffff81511680861015611b0e5750611b0b9450611b059291611afb67ffffffffffffffff80611b0094511696511686611999565b6119a6565b6119b9565b90611999565b90565b93505090611b00611b2692611afb85611b0b97611999565b906119f0565b9550505050505090565b965050505050505090565b5050505050505050506107d090565b670de0b6b3a76400009192611b64916119a6565b0481811115611b71575090565b905090565b519073ffffffffffffffffffffffffffffffffffffffff8216820361121957565b9081606091031261121957611bab81611b76565b91611b0b6040611bbd60208501611b76565b9301611b76565b9291604084019360408152825180955260206060820193015f955b808710611bfb575050611b0b93945060208184039101526118c0565b909360208060019273ffffffffffffffffffffffffffffffffffffffff885116815201950196019590611bdf565b60a43567ffffffffffffffff811681036112195790565b519063ffffffff8216820361121957565b519067ffffffffffffffff8216820361121957565b3561ffff811681036112195790565b8051821015611c895760209160051b010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b602073ffffffffffffffffffffffffffffffffffffffff611cd8600493612278565b16604051928380927fd33219b40000000000000000000000000000000000000000000000000000000082525afa801561120e575f90611d32575b73ffffffffffffffffffffffffffffffffffffffff91501633036113d357565b506020813d602011611d77575b81611d4c60209383611958565b8101031261121957611d7273ffffffffffffffffffffffffffffffffffffffff91611b76565b611d12565b3d9150611d3f565b939092919061ffff811661208a5750611b58915b61ffff8316906127108211612025576bffffffffffffffffffffffff811661200d57506fffffffffffffffffffffffffffffffff670de0b6b3a7640000945b16918215611fa9576fffffffffffffffffffffffffffffffff8116948515611f45577f52e4b324f24f67ba4daad849e9d5301691c993f384b57bebe1c61c07fb33908b956080957e0100000000000000000000000000000000000000000000000000000000000060016bffffffffffffffffffffffff958b5f52600260205260405f2090897fffffffffffffffffffffffffffffffff000000000000000000000000000000008354161782556fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff000000000000000000000000000000008354928d1b16911617815501917dffff0000000000000000000000000000000000000000000000000000000083547fff000000000000000000000000000000ffffffffffffffffffffffffffffffff7bffffffffffffffffffffffff00000000000000000000000000000000888d1b169116179160e01b161717905560405194855260208501521660408301526060820152a2565b60846040517f72504da200000000000000000000000000000000000000000000000000000000815260406004820152600960448201527f6d6178526577617264000000000000000000000000000000000000000000000060648201525f6024820152fd5b60846040517f72504da200000000000000000000000000000000000000000000000000000000815260406004820152601160448201527f746f6b656e7350657244656c74614f6e6500000000000000000000000000000060648201525f6024820152fd5b6fffffffffffffffffffffffffffffffff9094611dd2565b608482604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600e60448301527f636f6e7472696275746f7242707300000000000000000000000000000000000060648301526024820152fd5b91611d93565b9067ffffffffffffffff6120a442846119fd565b169064ffffffffff42169162278d00830164ffffffffff811161124b577f0a8ae8464501f5f7561ed6751812dbadb0f1f5e521e0d0917a9be8aa78c7b566936080936040516120f28161193c565b84815267ffffffffffffffff602082019216918281526040820184815264ffffffffff606084019616958681527fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff89850192600184528c5f5260036020527fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff60405f209751167fffffffffffffffffffffff0000000000000000000000000000000000000000007aff000000000000000000000000000000000000000000000000000079ffffffffff00000000000000000000000000000000000000000074ffffffffff000000000000000000000000000000006fffffffffffffffff00000000000000008c549b5160401b16965160801b16975160a81b169751151560d01b169716171617161717179055604051938452602084015260408301526060820152a2565b67ffffffffffffffff811161190f5760051b60200190565b3573ffffffffffffffffffffffffffffffffffffffff811681036112195790565b90604051917f8c838aa800000000000000000000000000000000000000000000000000000000835280600484015260408360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa92831561120e575f9361233e575b5073ffffffffffffffffffffffffffffffffffffffff8316156123135750565b7f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9092506040813d604011612372575b8161235a60409383611958565b810103126112195761236b90611b76565b915f6122f3565b3d915061234d565b73ffffffffffffffffffffffffffffffffffffffff5f54163314612459576040517fd5e159c700000000000000000000000000000000000000000000000000000000815281600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa801561120e5773ffffffffffffffffffffffffffffffffffffffff915f91612438575b5016908115612313575033036113d357565b612451915060603d606011611313576113018183611958565b50505f612426565b5056",
}

// TokenManager is an auto generated Go binding around an Ethereum contract.
type TokenManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TokenManager) GetABI() abi.ABI {
	return c.abi
}

// NewTokenManager creates a new instance of TokenManager.
func NewTokenManager() *TokenManager {
	parsed, err := TokenManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TokenManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TokenManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address directory_, address admin_) returns()
func (tokenManager *TokenManager) PackConstructor(directory_ common.Address, admin_ common.Address) []byte {
	enc, err := tokenManager.abi.Pack("", directory_, admin_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTCONTRIBUTORBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ec43dcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_CONTRIBUTOR_BPS() view returns(uint16)
func (tokenManager *TokenManager) PackDEFAULTCONTRIBUTORBPS() []byte {
	enc, err := tokenManager.abi.Pack("DEFAULT_CONTRIBUTOR_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTCONTRIBUTORBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ec43dcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_CONTRIBUTOR_BPS() view returns(uint16)
func (tokenManager *TokenManager) TryPackDEFAULTCONTRIBUTORBPS() ([]byte, error) {
	return tokenManager.abi.Pack("DEFAULT_CONTRIBUTOR_BPS")
}

// UnpackDEFAULTCONTRIBUTORBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ec43dcf.
//
// Solidity: function DEFAULT_CONTRIBUTOR_BPS() view returns(uint16)
func (tokenManager *TokenManager) UnpackDEFAULTCONTRIBUTORBPS(data []byte) (uint16, error) {
	out, err := tokenManager.abi.Unpack("DEFAULT_CONTRIBUTOR_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackDEFAULTMINTTHRESHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3db55517.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_MINT_THRESHOLD() view returns(uint96)
func (tokenManager *TokenManager) PackDEFAULTMINTTHRESHOLD() []byte {
	enc, err := tokenManager.abi.Pack("DEFAULT_MINT_THRESHOLD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTMINTTHRESHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3db55517.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_MINT_THRESHOLD() view returns(uint96)
func (tokenManager *TokenManager) TryPackDEFAULTMINTTHRESHOLD() ([]byte, error) {
	return tokenManager.abi.Pack("DEFAULT_MINT_THRESHOLD")
}

// UnpackDEFAULTMINTTHRESHOLD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3db55517.
//
// Solidity: function DEFAULT_MINT_THRESHOLD() view returns(uint96)
func (tokenManager *TokenManager) UnpackDEFAULTMINTTHRESHOLD(data []byte) (*big.Int, error) {
	out, err := tokenManager.abi.Unpack("DEFAULT_MINT_THRESHOLD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTPRICEPERCALL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b06d904.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_PRICE_PER_CALL() view returns(uint64)
func (tokenManager *TokenManager) PackDEFAULTPRICEPERCALL() []byte {
	enc, err := tokenManager.abi.Pack("DEFAULT_PRICE_PER_CALL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTPRICEPERCALL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b06d904.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_PRICE_PER_CALL() view returns(uint64)
func (tokenManager *TokenManager) TryPackDEFAULTPRICEPERCALL() ([]byte, error) {
	return tokenManager.abi.Pack("DEFAULT_PRICE_PER_CALL")
}

// UnpackDEFAULTPRICEPERCALL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b06d904.
//
// Solidity: function DEFAULT_PRICE_PER_CALL() view returns(uint64)
func (tokenManager *TokenManager) UnpackDEFAULTPRICEPERCALL(data []byte) (uint64, error) {
	out, err := tokenManager.abi.Unpack("DEFAULT_PRICE_PER_CALL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXCONTRIBUTORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f4bca26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (tokenManager *TokenManager) PackMAXCONTRIBUTORS() []byte {
	enc, err := tokenManager.abi.Pack("MAX_CONTRIBUTORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCONTRIBUTORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f4bca26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (tokenManager *TokenManager) TryPackMAXCONTRIBUTORS() ([]byte, error) {
	return tokenManager.abi.Pack("MAX_CONTRIBUTORS")
}

// UnpackMAXCONTRIBUTORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f4bca26.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (tokenManager *TokenManager) UnpackMAXCONTRIBUTORS(data []byte) (*big.Int, error) {
	out, err := tokenManager.abi.Unpack("MAX_CONTRIBUTORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPRICERAMP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc14f5fad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PRICE_RAMP() view returns(uint40)
func (tokenManager *TokenManager) PackPRICERAMP() []byte {
	enc, err := tokenManager.abi.Pack("PRICE_RAMP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPRICERAMP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc14f5fad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PRICE_RAMP() view returns(uint40)
func (tokenManager *TokenManager) TryPackPRICERAMP() ([]byte, error) {
	return tokenManager.abi.Pack("PRICE_RAMP")
}

// UnpackPRICERAMP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc14f5fad.
//
// Solidity: function PRICE_RAMP() view returns(uint40)
func (tokenManager *TokenManager) UnpackPRICERAMP(data []byte) (*big.Int, error) {
	out, err := tokenManager.abi.Unpack("PRICE_RAMP", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (tokenManager *TokenManager) PackAdmin() []byte {
	enc, err := tokenManager.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (tokenManager *TokenManager) TryPackAdmin() ([]byte, error) {
	return tokenManager.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (tokenManager *TokenManager) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := tokenManager.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackConfigureTokenManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2451366.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureTokenManager(uint256 modelId, (uint128,uint128,uint96,uint16,uint64) c) returns()
func (tokenManager *TokenManager) PackConfigureTokenManager(modelId *big.Int, c TokenManagerManagerConfig) []byte {
	enc, err := tokenManager.abi.Pack("configureTokenManager", modelId, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureTokenManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2451366.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureTokenManager(uint256 modelId, (uint128,uint128,uint96,uint16,uint64) c) returns()
func (tokenManager *TokenManager) TryPackConfigureTokenManager(modelId *big.Int, c TokenManagerManagerConfig) ([]byte, error) {
	return tokenManager.abi.Pack("configureTokenManager", modelId, c)
}

// PackDirectory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc41c2f24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function directory() view returns(address)
func (tokenManager *TokenManager) PackDirectory() []byte {
	enc, err := tokenManager.abi.Pack("directory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDirectory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc41c2f24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function directory() view returns(address)
func (tokenManager *TokenManager) TryPackDirectory() ([]byte, error) {
	return tokenManager.abi.Pack("directory")
}

// UnpackDirectory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc41c2f24.
//
// Solidity: function directory() view returns(address)
func (tokenManager *TokenManager) UnpackDirectory(data []byte) (common.Address, error) {
	out, err := tokenManager.abi.Unpack("directory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMintReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a7652de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintReward(uint256 modelId, uint256 deltaOnes, (address,uint16)[] contributors) returns(uint256 reward)
func (tokenManager *TokenManager) PackMintReward(modelId *big.Int, deltaOnes *big.Int, contributors []Contributor) []byte {
	enc, err := tokenManager.abi.Pack("mintReward", modelId, deltaOnes, contributors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a7652de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintReward(uint256 modelId, uint256 deltaOnes, (address,uint16)[] contributors) returns(uint256 reward)
func (tokenManager *TokenManager) TryPackMintReward(modelId *big.Int, deltaOnes *big.Int, contributors []Contributor) ([]byte, error) {
	return tokenManager.abi.Pack("mintReward", modelId, deltaOnes, contributors)
}

// UnpackMintReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a7652de.
//
// Solidity: function mintReward(uint256 modelId, uint256 deltaOnes, (address,uint16)[] contributors) returns(uint256 reward)
func (tokenManager *TokenManager) UnpackMintReward(data []byte) (*big.Int, error) {
	out, err := tokenManager.abi.Unpack("mintReward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPriceAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01dbdf44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceAt(uint256 modelId, uint256 t) view returns(uint256)
func (tokenManager *TokenManager) PackPriceAt(modelId *big.Int, t *big.Int) []byte {
	enc, err := tokenManager.abi.Pack("priceAt", modelId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01dbdf44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceAt(uint256 modelId, uint256 t) view returns(uint256)
func (tokenManager *TokenManager) TryPackPriceAt(modelId *big.Int, t *big.Int) ([]byte, error) {
	return tokenManager.abi.Pack("priceAt", modelId, t)
}

// UnpackPriceAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01dbdf44.
//
// Solidity: function priceAt(uint256 modelId, uint256 t) view returns(uint256)
func (tokenManager *TokenManager) UnpackPriceAt(data []byte) (*big.Int, error) {
	out, err := tokenManager.abi.Unpack("priceAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPricePerCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fba80ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pricePerCall(uint256 modelId) view returns(uint256)
func (tokenManager *TokenManager) PackPricePerCall(modelId *big.Int) []byte {
	enc, err := tokenManager.abi.Pack("pricePerCall", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPricePerCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fba80ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pricePerCall(uint256 modelId) view returns(uint256)
func (tokenManager *TokenManager) TryPackPricePerCall(modelId *big.Int) ([]byte, error) {
	return tokenManager.abi.Pack("pricePerCall", modelId)
}

// UnpackPricePerCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fba80ef.
//
// Solidity: function pricePerCall(uint256 modelId) view returns(uint256)
func (tokenManager *TokenManager) UnpackPricePerCall(data []byte) (*big.Int, error) {
	out, err := tokenManager.abi.Unpack("pricePerCall", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPriceRamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf2caee9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceRamp(uint256 modelId) view returns((uint64,uint64,uint40,uint40,bool))
func (tokenManager *TokenManager) PackPriceRamp(modelId *big.Int) []byte {
	enc, err := tokenManager.abi.Pack("priceRamp", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceRamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf2caee9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceRamp(uint256 modelId) view returns((uint64,uint64,uint40,uint40,bool))
func (tokenManager *TokenManager) TryPackPriceRamp(modelId *big.Int) ([]byte, error) {
	return tokenManager.abi.Pack("priceRamp", modelId)
}

// UnpackPriceRamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf2caee9.
//
// Solidity: function priceRamp(uint256 modelId) view returns((uint64,uint64,uint40,uint40,bool))
func (tokenManager *TokenManager) UnpackPriceRamp(data []byte) (TokenManagerPriceRamp, error) {
	out, err := tokenManager.abi.Unpack("priceRamp", data)
	if err != nil {
		return *new(TokenManagerPriceRamp), err
	}
	out0 := *abi.ConvertType(out[0], new(TokenManagerPriceRamp)).(*TokenManagerPriceRamp)
	return out0, nil
}

// PackRewardConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc087015a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardConfig(uint256 modelId) view returns((uint128,uint128,uint128,uint96,uint16,bool,bool))
func (tokenManager *TokenManager) PackRewardConfig(modelId *big.Int) []byte {
	enc, err := tokenManager.abi.Pack("rewardConfig", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc087015a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardConfig(uint256 modelId) view returns((uint128,uint128,uint128,uint96,uint16,bool,bool))
func (tokenManager *TokenManager) TryPackRewardConfig(modelId *big.Int) ([]byte, error) {
	return tokenManager.abi.Pack("rewardConfig", modelId)
}

// UnpackRewardConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc087015a.
//
// Solidity: function rewardConfig(uint256 modelId) view returns((uint128,uint128,uint128,uint96,uint16,bool,bool))
func (tokenManager *TokenManager) UnpackRewardConfig(data []byte) (TokenManagerRewardConfig, error) {
	out, err := tokenManager.abi.Unpack("rewardConfig", data)
	if err != nil {
		return *new(TokenManagerRewardConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(TokenManagerRewardConfig)).(*TokenManagerRewardConfig)
	return out0, nil
}

// PackRewardFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05168074.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardFor(uint256 tokensPerDeltaOne, uint256 maxReward, uint256 deltaOnes) pure returns(uint256)
func (tokenManager *TokenManager) PackRewardFor(tokensPerDeltaOne *big.Int, maxReward *big.Int, deltaOnes *big.Int) []byte {
	enc, err := tokenManager.abi.Pack("rewardFor", tokensPerDeltaOne, maxReward, deltaOnes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05168074.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardFor(uint256 tokensPerDeltaOne, uint256 maxReward, uint256 deltaOnes) pure returns(uint256)
func (tokenManager *TokenManager) TryPackRewardFor(tokensPerDeltaOne *big.Int, maxReward *big.Int, deltaOnes *big.Int) ([]byte, error) {
	return tokenManager.abi.Pack("rewardFor", tokensPerDeltaOne, maxReward, deltaOnes)
}

// UnpackRewardFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05168074.
//
// Solidity: function rewardFor(uint256 tokensPerDeltaOne, uint256 maxReward, uint256 deltaOnes) pure returns(uint256)
func (tokenManager *TokenManager) UnpackRewardFor(data []byte) (*big.Int, error) {
	out, err := tokenManager.abi.Unpack("rewardFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(address admin_) returns()
func (tokenManager *TokenManager) PackSetAdmin(admin common.Address) []byte {
	enc, err := tokenManager.abi.Pack("setAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(address admin_) returns()
func (tokenManager *TokenManager) TryPackSetAdmin(admin common.Address) ([]byte, error) {
	return tokenManager.abi.Pack("setAdmin", admin)
}

// PackSetBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472161c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBudget(uint256 modelId, uint128 budget) returns()
func (tokenManager *TokenManager) PackSetBudget(modelId *big.Int, budget *big.Int) []byte {
	enc, err := tokenManager.abi.Pack("setBudget", modelId, budget)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472161c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBudget(uint256 modelId, uint128 budget) returns()
func (tokenManager *TokenManager) TryPackSetBudget(modelId *big.Int, budget *big.Int) ([]byte, error) {
	return tokenManager.abi.Pack("setBudget", modelId, budget)
}

// PackSetPricePerCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24d882fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPricePerCall(uint256 modelId, uint64 price) returns()
func (tokenManager *TokenManager) PackSetPricePerCall(modelId *big.Int, price uint64) []byte {
	enc, err := tokenManager.abi.Pack("setPricePerCall", modelId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPricePerCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24d882fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPricePerCall(uint256 modelId, uint64 price) returns()
func (tokenManager *TokenManager) TryPackSetPricePerCall(modelId *big.Int, price uint64) ([]byte, error) {
	return tokenManager.abi.Pack("setPricePerCall", modelId, price)
}

// PackSetRewardParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b2d66e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRewardParameters(uint256 modelId, uint128 tokensPerDeltaOne, uint128 maxReward, uint96 mintThreshold, uint16 contributorBps) returns()
func (tokenManager *TokenManager) PackSetRewardParameters(modelId *big.Int, tokensPerDeltaOne *big.Int, maxReward *big.Int, mintThreshold *big.Int, contributorBps uint16) []byte {
	enc, err := tokenManager.abi.Pack("setRewardParameters", modelId, tokensPerDeltaOne, maxReward, mintThreshold, contributorBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRewardParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b2d66e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRewardParameters(uint256 modelId, uint128 tokensPerDeltaOne, uint128 maxReward, uint96 mintThreshold, uint16 contributorBps) returns()
func (tokenManager *TokenManager) TryPackSetRewardParameters(modelId *big.Int, tokensPerDeltaOne *big.Int, maxReward *big.Int, mintThreshold *big.Int, contributorBps uint16) ([]byte, error) {
	return tokenManager.abi.Pack("setRewardParameters", modelId, tokensPerDeltaOne, maxReward, mintThreshold, contributorBps)
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5437988d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(address verifier_) returns()
func (tokenManager *TokenManager) PackSetVerifier(verifier common.Address) []byte {
	enc, err := tokenManager.abi.Pack("setVerifier", verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5437988d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(address verifier_) returns()
func (tokenManager *TokenManager) TryPackSetVerifier(verifier common.Address) ([]byte, error) {
	return tokenManager.abi.Pack("setVerifier", verifier)
}

// PackSplitReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb25cd698.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function splitReward(uint256 reward, uint256 contributorBps, (address,uint16)[] contributors) pure returns(uint256[] parts, uint256 ownerAmount)
func (tokenManager *TokenManager) PackSplitReward(reward *big.Int, contributorBps *big.Int, contributors []Contributor) []byte {
	enc, err := tokenManager.abi.Pack("splitReward", reward, contributorBps, contributors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplitReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb25cd698.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function splitReward(uint256 reward, uint256 contributorBps, (address,uint16)[] contributors) pure returns(uint256[] parts, uint256 ownerAmount)
func (tokenManager *TokenManager) TryPackSplitReward(reward *big.Int, contributorBps *big.Int, contributors []Contributor) ([]byte, error) {
	return tokenManager.abi.Pack("splitReward", reward, contributorBps, contributors)
}

// SplitRewardOutput serves as a container for the return parameters of contract
// method SplitReward.
type SplitRewardOutput struct {
	Parts       []*big.Int
	OwnerAmount *big.Int
}

// UnpackSplitReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb25cd698.
//
// Solidity: function splitReward(uint256 reward, uint256 contributorBps, (address,uint16)[] contributors) pure returns(uint256[] parts, uint256 ownerAmount)
func (tokenManager *TokenManager) UnpackSplitReward(data []byte) (SplitRewardOutput, error) {
	out, err := tokenManager.abi.Unpack("splitReward", data)
	outstruct := new(SplitRewardOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Parts = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.OwnerAmount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (tokenManager *TokenManager) PackVerifier() []byte {
	enc, err := tokenManager.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (tokenManager *TokenManager) TryPackVerifier() ([]byte, error) {
	return tokenManager.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (tokenManager *TokenManager) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := tokenManager.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TokenManagerAdminChanged represents a AdminChanged event raised by the TokenManager contract.
type TokenManagerAdminChanged struct {
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const TokenManagerAdminChangedEventName = "AdminChanged"

// ContractEventName returns the user-defined event name.
func (TokenManagerAdminChanged) ContractEventName() string {
	return TokenManagerAdminChangedEventName
}

// UnpackAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminChanged(address admin)
func (tokenManager *TokenManager) UnpackAdminChangedEvent(log *types.Log) (*TokenManagerAdminChanged, error) {
	event := "AdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tokenManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TokenManagerAdminChanged)
	if len(log.Data) > 0 {
		if err := tokenManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tokenManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TokenManagerBudgetSet represents a BudgetSet event raised by the TokenManager contract.
type TokenManagerBudgetSet struct {
	ModelId *big.Int
	Budget  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TokenManagerBudgetSetEventName = "BudgetSet"

// ContractEventName returns the user-defined event name.
func (TokenManagerBudgetSet) ContractEventName() string {
	return TokenManagerBudgetSetEventName
}

// UnpackBudgetSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BudgetSet(uint256 indexed modelId, uint256 budget)
func (tokenManager *TokenManager) UnpackBudgetSetEvent(log *types.Log) (*TokenManagerBudgetSet, error) {
	event := "BudgetSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tokenManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TokenManagerBudgetSet)
	if len(log.Data) > 0 {
		if err := tokenManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tokenManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TokenManagerPriceRampStarted represents a PriceRampStarted event raised by the TokenManager contract.
type TokenManagerPriceRampStarted struct {
	ModelId *big.Int
	From    *big.Int
	To      *big.Int
	Start   *big.Int
	End     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TokenManagerPriceRampStartedEventName = "PriceRampStarted"

// ContractEventName returns the user-defined event name.
func (TokenManagerPriceRampStarted) ContractEventName() string {
	return TokenManagerPriceRampStartedEventName
}

// UnpackPriceRampStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceRampStarted(uint256 indexed modelId, uint256 from, uint256 to, uint256 start, uint256 end)
func (tokenManager *TokenManager) UnpackPriceRampStartedEvent(log *types.Log) (*TokenManagerPriceRampStarted, error) {
	event := "PriceRampStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tokenManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TokenManagerPriceRampStarted)
	if len(log.Data) > 0 {
		if err := tokenManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tokenManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TokenManagerRewardMinted represents a RewardMinted event raised by the TokenManager contract.
type TokenManagerRewardMinted struct {
	ModelId           *big.Int
	DeltaOnes         *big.Int
	Reward            *big.Int
	ContributorsTotal *big.Int
	OwnerAmount       *big.Int
	Owner             common.Address
	BudgetLeft        *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const TokenManagerRewardMintedEventName = "RewardMinted"

// ContractEventName returns the user-defined event name.
func (TokenManagerRewardMinted) ContractEventName() string {
	return TokenManagerRewardMintedEventName
}

// UnpackRewardMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardMinted(uint256 indexed modelId, uint256 deltaOnes, uint256 reward, uint256 contributorsTotal, uint256 ownerAmount, address owner, uint256 budgetLeft)
func (tokenManager *TokenManager) UnpackRewardMintedEvent(log *types.Log) (*TokenManagerRewardMinted, error) {
	event := "RewardMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tokenManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TokenManagerRewardMinted)
	if len(log.Data) > 0 {
		if err := tokenManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tokenManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TokenManagerTokenManagerConfigured represents a TokenManagerConfigured event raised by the TokenManager contract.
type TokenManagerTokenManagerConfigured struct {
	ModelId           *big.Int
	TokensPerDeltaOne *big.Int
	MaxReward         *big.Int
	MintThreshold     *big.Int
	ContributorBps    *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const TokenManagerTokenManagerConfiguredEventName = "TokenManagerConfigured"

// ContractEventName returns the user-defined event name.
func (TokenManagerTokenManagerConfigured) ContractEventName() string {
	return TokenManagerTokenManagerConfiguredEventName
}

// UnpackTokenManagerConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenManagerConfigured(uint256 indexed modelId, uint256 tokensPerDeltaOne, uint256 maxReward, uint256 mintThreshold, uint256 contributorBps)
func (tokenManager *TokenManager) UnpackTokenManagerConfiguredEvent(log *types.Log) (*TokenManagerTokenManagerConfigured, error) {
	event := "TokenManagerConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tokenManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TokenManagerTokenManagerConfigured)
	if len(log.Data) > 0 {
		if err := tokenManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tokenManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TokenManagerVerifierSet represents a VerifierSet event raised by the TokenManager contract.
type TokenManagerVerifierSet struct {
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TokenManagerVerifierSetEventName = "VerifierSet"

// ContractEventName returns the user-defined event name.
func (TokenManagerVerifierSet) ContractEventName() string {
	return TokenManagerVerifierSetEventName
}

// UnpackVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierSet(address verifier)
func (tokenManager *TokenManager) UnpackVerifierSetEvent(log *types.Log) (*TokenManagerVerifierSet, error) {
	event := "VerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tokenManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TokenManagerVerifierSet)
	if len(log.Data) > 0 {
		if err := tokenManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tokenManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (tokenManager *TokenManager) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["BadContributor"].ID.Bytes()[:4]) {
		return tokenManager.UnpackBadContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["BadContributorCount"].ID.Bytes()[:4]) {
		return tokenManager.UnpackBadContributorCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["BadSetting"].ID.Bytes()[:4]) {
		return tokenManager.UnpackBadSettingError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["BudgetExceeded"].ID.Bytes()[:4]) {
		return tokenManager.UnpackBudgetExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["ContributorsNotSorted"].ID.Bytes()[:4]) {
		return tokenManager.UnpackContributorsNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["ImprovementBelowThreshold"].ID.Bytes()[:4]) {
		return tokenManager.UnpackImprovementBelowThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["PriceGovernedByDao"].ID.Bytes()[:4]) {
		return tokenManager.UnpackPriceGovernedByDaoError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["RepeatedContributor"].ID.Bytes()[:4]) {
		return tokenManager.UnpackRepeatedContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["RewardNotConfigured"].ID.Bytes()[:4]) {
		return tokenManager.UnpackRewardNotConfiguredError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["RewardsGovernedByDao"].ID.Bytes()[:4]) {
		return tokenManager.UnpackRewardsGovernedByDaoError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return tokenManager.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return tokenManager.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["VerifierAlreadySet"].ID.Bytes()[:4]) {
		return tokenManager.UnpackVerifierAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["WeightsNotTenThousand"].ID.Bytes()[:4]) {
		return tokenManager.UnpackWeightsNotTenThousandError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["ZeroReward"].ID.Bytes()[:4]) {
		return tokenManager.UnpackZeroRewardError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TokenManagerBadContributor represents a BadContributor error raised by the TokenManager contract.
type TokenManagerBadContributor struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadContributor(uint256 index)
func TokenManagerBadContributorErrorID() common.Hash {
	return common.HexToHash("0x9853ab9dfcbd80b4cf36f05f9a7ce8ed8f57793e32e27a5966028bae909add97")
}

// UnpackBadContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadContributor(uint256 index)
func (tokenManager *TokenManager) UnpackBadContributorError(raw []byte) (*TokenManagerBadContributor, error) {
	out := new(TokenManagerBadContributor)
	if err := tokenManager.abi.UnpackIntoInterface(out, "BadContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerBadContributorCount represents a BadContributorCount error raised by the TokenManager contract.
type TokenManagerBadContributorCount struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadContributorCount(uint256 count)
func TokenManagerBadContributorCountErrorID() common.Hash {
	return common.HexToHash("0x68ccb84b9c224250805a7f965fd3f67615deb928d39f31a79de345eaecb5387e")
}

// UnpackBadContributorCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadContributorCount(uint256 count)
func (tokenManager *TokenManager) UnpackBadContributorCountError(raw []byte) (*TokenManagerBadContributorCount, error) {
	out := new(TokenManagerBadContributorCount)
	if err := tokenManager.abi.UnpackIntoInterface(out, "BadContributorCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerBadSetting represents a BadSetting error raised by the TokenManager contract.
type TokenManagerBadSetting struct {
	Name  string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSetting(string name, uint256 value)
func TokenManagerBadSettingErrorID() common.Hash {
	return common.HexToHash("0x72504da2de73dcd4b8dadc91f0fe0f6e16f3130f7115c2fb342d37ffec144ac6")
}

// UnpackBadSettingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSetting(string name, uint256 value)
func (tokenManager *TokenManager) UnpackBadSettingError(raw []byte) (*TokenManagerBadSetting, error) {
	out := new(TokenManagerBadSetting)
	if err := tokenManager.abi.UnpackIntoInterface(out, "BadSetting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerBudgetExceeded represents a BudgetExceeded error raised by the TokenManager contract.
type TokenManagerBudgetExceeded struct {
	Reward *big.Int
	Budget *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BudgetExceeded(uint256 reward, uint256 budget)
func TokenManagerBudgetExceededErrorID() common.Hash {
	return common.HexToHash("0x29a8b5f0b76c21efab93aa687310d14a2166d3130ea90e840200e14e21d0863c")
}

// UnpackBudgetExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BudgetExceeded(uint256 reward, uint256 budget)
func (tokenManager *TokenManager) UnpackBudgetExceededError(raw []byte) (*TokenManagerBudgetExceeded, error) {
	out := new(TokenManagerBudgetExceeded)
	if err := tokenManager.abi.UnpackIntoInterface(out, "BudgetExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerContributorsNotSorted represents a ContributorsNotSorted error raised by the TokenManager contract.
type TokenManagerContributorsNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributorsNotSorted(uint256 index)
func TokenManagerContributorsNotSortedErrorID() common.Hash {
	return common.HexToHash("0x314be1d189cfd90fe4f7a114b1f777cc71bd86d72b2d818b4d18b21b29c9c15b")
}

// UnpackContributorsNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributorsNotSorted(uint256 index)
func (tokenManager *TokenManager) UnpackContributorsNotSortedError(raw []byte) (*TokenManagerContributorsNotSorted, error) {
	out := new(TokenManagerContributorsNotSorted)
	if err := tokenManager.abi.UnpackIntoInterface(out, "ContributorsNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerImprovementBelowThreshold represents a ImprovementBelowThreshold error raised by the TokenManager contract.
type TokenManagerImprovementBelowThreshold struct {
	DeltaOnes *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ImprovementBelowThreshold(uint256 deltaOnes, uint256 threshold)
func TokenManagerImprovementBelowThresholdErrorID() common.Hash {
	return common.HexToHash("0xa1169c932521d0083f01ed2a4c54b3ebbe3a97bbd472962879f66286253fca02")
}

// UnpackImprovementBelowThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ImprovementBelowThreshold(uint256 deltaOnes, uint256 threshold)
func (tokenManager *TokenManager) UnpackImprovementBelowThresholdError(raw []byte) (*TokenManagerImprovementBelowThreshold, error) {
	out := new(TokenManagerImprovementBelowThreshold)
	if err := tokenManager.abi.UnpackIntoInterface(out, "ImprovementBelowThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerPriceGovernedByDao represents a PriceGovernedByDao error raised by the TokenManager contract.
type TokenManagerPriceGovernedByDao struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceGovernedByDao(uint256 modelId)
func TokenManagerPriceGovernedByDaoErrorID() common.Hash {
	return common.HexToHash("0x76bb0b5f0bd001083bc82bae6b624041b26abd760c944cb3d99b42fd4e9b1bae")
}

// UnpackPriceGovernedByDaoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceGovernedByDao(uint256 modelId)
func (tokenManager *TokenManager) UnpackPriceGovernedByDaoError(raw []byte) (*TokenManagerPriceGovernedByDao, error) {
	out := new(TokenManagerPriceGovernedByDao)
	if err := tokenManager.abi.UnpackIntoInterface(out, "PriceGovernedByDao", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerRepeatedContributor represents a RepeatedContributor error raised by the TokenManager contract.
type TokenManagerRepeatedContributor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RepeatedContributor(address account)
func TokenManagerRepeatedContributorErrorID() common.Hash {
	return common.HexToHash("0x55096518a89acadf91514ae4312435329d044301e6632e7c28ae380656148004")
}

// UnpackRepeatedContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RepeatedContributor(address account)
func (tokenManager *TokenManager) UnpackRepeatedContributorError(raw []byte) (*TokenManagerRepeatedContributor, error) {
	out := new(TokenManagerRepeatedContributor)
	if err := tokenManager.abi.UnpackIntoInterface(out, "RepeatedContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerRewardNotConfigured represents a RewardNotConfigured error raised by the TokenManager contract.
type TokenManagerRewardNotConfigured struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardNotConfigured(uint256 modelId)
func TokenManagerRewardNotConfiguredErrorID() common.Hash {
	return common.HexToHash("0x3755908d4de7562e327dc38183cb0cadf92630440c986d325158f140b79e9fec")
}

// UnpackRewardNotConfiguredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardNotConfigured(uint256 modelId)
func (tokenManager *TokenManager) UnpackRewardNotConfiguredError(raw []byte) (*TokenManagerRewardNotConfigured, error) {
	out := new(TokenManagerRewardNotConfigured)
	if err := tokenManager.abi.UnpackIntoInterface(out, "RewardNotConfigured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerRewardsGovernedByDao represents a RewardsGovernedByDao error raised by the TokenManager contract.
type TokenManagerRewardsGovernedByDao struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardsGovernedByDao(uint256 modelId)
func TokenManagerRewardsGovernedByDaoErrorID() common.Hash {
	return common.HexToHash("0xa96eee89f03477da773834dd38dae90b2f88626c3dd6af6a42f15efbb5022bb9")
}

// UnpackRewardsGovernedByDaoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardsGovernedByDao(uint256 modelId)
func (tokenManager *TokenManager) UnpackRewardsGovernedByDaoError(raw []byte) (*TokenManagerRewardsGovernedByDao, error) {
	out := new(TokenManagerRewardsGovernedByDao)
	if err := tokenManager.abi.UnpackIntoInterface(out, "RewardsGovernedByDao", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerUnauthorized represents a Unauthorized error raised by the TokenManager contract.
type TokenManagerUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func TokenManagerUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (tokenManager *TokenManager) UnpackUnauthorizedError(raw []byte) (*TokenManagerUnauthorized, error) {
	out := new(TokenManagerUnauthorized)
	if err := tokenManager.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerUnknownModel represents a UnknownModel error raised by the TokenManager contract.
type TokenManagerUnknownModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint256 modelId)
func TokenManagerUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x2380022d955c9d9f2011291f12230d2200b459ca8f2d07a27d4410c88f1ada5e")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint256 modelId)
func (tokenManager *TokenManager) UnpackUnknownModelError(raw []byte) (*TokenManagerUnknownModel, error) {
	out := new(TokenManagerUnknownModel)
	if err := tokenManager.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerVerifierAlreadySet represents a VerifierAlreadySet error raised by the TokenManager contract.
type TokenManagerVerifierAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierAlreadySet()
func TokenManagerVerifierAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x8952a3435897222fa5745656f7c47facba8ce3fc90fb9c30525e5dfe2b6aa878")
}

// UnpackVerifierAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierAlreadySet()
func (tokenManager *TokenManager) UnpackVerifierAlreadySetError(raw []byte) (*TokenManagerVerifierAlreadySet, error) {
	out := new(TokenManagerVerifierAlreadySet)
	if err := tokenManager.abi.UnpackIntoInterface(out, "VerifierAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerWeightsNotTenThousand represents a WeightsNotTenThousand error raised by the TokenManager contract.
type TokenManagerWeightsNotTenThousand struct {
	Sum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightsNotTenThousand(uint256 sum)
func TokenManagerWeightsNotTenThousandErrorID() common.Hash {
	return common.HexToHash("0x49d8063aee8f133442e8bc126e5f470d257a7d7de29303346ba478c2d0f4db1f")
}

// UnpackWeightsNotTenThousandError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightsNotTenThousand(uint256 sum)
func (tokenManager *TokenManager) UnpackWeightsNotTenThousandError(raw []byte) (*TokenManagerWeightsNotTenThousand, error) {
	out := new(TokenManagerWeightsNotTenThousand)
	if err := tokenManager.abi.UnpackIntoInterface(out, "WeightsNotTenThousand", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TokenManagerZeroReward represents a ZeroReward error raised by the TokenManager contract.
type TokenManagerZeroReward struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroReward()
func TokenManagerZeroRewardErrorID() common.Hash {
	return common.HexToHash("0x9c1b2784dd589b3972eb035ee96eb02016748184977e6e7f174859e3c2c7db73")
}

// UnpackZeroRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroReward()
func (tokenManager *TokenManager) UnpackZeroRewardError(raw []byte) (*TokenManagerZeroReward, error) {
	out := new(TokenManagerZeroReward)
	if err := tokenManager.abi.UnpackIntoInterface(out, "ZeroReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageFeeRouterMetaData contains all meta data concerning the UsageFeeRouter contract.
var UsageFeeRouterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCreditVault\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"contractIModelDirectory\",\"name\":\"directory_\",\"type\":\"address\"},{\"internalType\":\"contractIPriceSource\",\"name\":\"priceSource_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"BadSetting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"name\":\"BatchAlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"entries\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"infra\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolFee\",\"type\":\"uint256\"}],\"name\":\"BatchSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolFeeBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"infraRecipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"infraBps\",\"type\":\"uint256\"}],\"name\":\"FeesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"calls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"infra\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"royalty\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"}],\"name\":\"ModelFeesSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"royaltyBps\",\"type\":\"uint256\"}],\"name\":\"RoyaltySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SettlerSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INFRA_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROTOCOL_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"batchSettled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"directory\",\"outputs\":[{\"internalType\":\"contractIModelDirectory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"infraBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"infraRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isSettler\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"callCount\",\"type\":\"uint256\"}],\"name\":\"packEntry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"parentOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"parent\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"pricePerCall\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priceSource\",\"outputs\":[{\"internalType\":\"contractIPriceSource\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"royaltyBpsOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps_\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"infraRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"infraBps_\",\"type\":\"uint16\"}],\"name\":\"setFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"}],\"name\":\"setRoyalty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setSettler\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"entries\",\"type\":\"uint256[]\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"usdc\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractCreditVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "58100cd9a580fafface9f7afbc4afa4b33",
	Bin: "0x610100806040523461016e576080816124f980380380916100208285610185565b83398101031261016e578051906001600160a01b03821680830361016e576020820151906001600160a01b038216820361016e576040830151926001600160a01b038416840361016e57606001516001600160a01b038116949085900361016e57608052604051631f209df760e11b815290602090829060049082905afa90811561017a575f91610134575b5060a05260c05260e0525f80546001600160a01b03191691909117905560405161233c90816101bd82396080518181816101500152610bad015260a051818181610f9901528181610fe1015281816114b5015261203a015260c051818181610572015281816106480152818161180d0152611d89015260e05181818161159001526116100152f35b90506020813d602011610172575b8161014f60209383610185565b8101031261016e57516001600160a01b038116810361016e575f6100ac565b5f80fd5b3d9150610142565b6040513d5f823e3d90fd5b601f909101601f19168101906001600160401b038211908210176101a857604052565b634e487b7160e01b5f52604160045260245ffdfe60c0806040526004361015610012575f80fd5b5f3560e01c90816308c3c97d14611a155750806311e3d8d71461167d5780631fba80ef146115b457806320531bc91461156457806324f7bb571461154857806333a6af591461151957806335659fb8146114f55780633dca40e6146114d95780633e413bee14611489578063407e2d801461146557806344eeaa0714610a315780634d1fcd03146109e75780635b1ab434146109cb57806361d027b3146109985780636d947e4b1461097c578063704b6c02146108d857806377a35465146108195780639c62a62f1461066c578063c41c2f241461061c578063c572d8a1146105e9578063cfa3c13214610516578063f22c29da146101aa578063f851a440146101785763fbfa77cf14610124575f80fd5b34610174575f60031936011261017457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b34610174575f60031936011261017457602073ffffffffffffffffffffffffffffffffffffffff5f5416604051908152f35b34610174576080600319360112610174576101c3611ac2565b6101cb611ab1565b906044359173ffffffffffffffffffffffffffffffffffffffff8316809303610174576064359261ffff8416908185036101745773ffffffffffffffffffffffffffffffffffffffff5f541633036104ea5761ffff83166103e881116104855761138883116104205780151580610402575b61039e5782151580610396575b610332577f61faf6e1986e9bc8b3db1456c76e74ab4bd0fd04b4ef11224793ff85bac285da9573ffffffffffffffffffffffffffffffffffffffff6080961694857fffffffffffffffffffff0000000000000000000000000000000000000000000075ffff00000000000000000000000000000000000000006001549360a01b1692161717600155827fffffffffffffffffffff0000000000000000000000000000000000000000000075ffff00000000000000000000000000000000000000006002549360a01b1692161717600255604051938452602084015260408301526060820152a1005b60846040517f72504da200000000000000000000000000000000000000000000000000000000815260406004820152600e60448201527f696e667261526563697069656e7400000000000000000000000000000000000060648201525f6024820152fd5b50811561024a565b60846040517f72504da200000000000000000000000000000000000000000000000000000000815260406004820152600860448201527f747265617375727900000000000000000000000000000000000000000000000060648201525f6024820152fd5b5073ffffffffffffffffffffffffffffffffffffffff85161561023d565b608483604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600860448301527f696e66726142707300000000000000000000000000000000000000000000000060648301526024820152fd5b608490604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600e60448301527f70726f746f636f6c46656542707300000000000000000000000000000000000060648301526024820152fd5b7f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610174576020600319360112610174576040517f8c838aa8000000000000000000000000000000000000000000000000000000008152600435600482015260408160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156105de576020915f916105ad575b50604051908152f35b6105cf915060403d6040116105d7575b6105c78183611b2e565b810190611b90565b9050826105a4565b503d6105bd565b6040513d5f823e3d90fd5b34610174575f60031936011261017457602073ffffffffffffffffffffffffffffffffffffffff60025416604051908152f35b34610174575f60031936011261017457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461017457608060031936011261017457610685611ac2565b60443560643560243562ffffff81116107b45765ffffffffffff831161074f5762ffffff82116106ea576020937fffffffffffffffffffffffffffffffffffffffff0000000000000000000000006040519460181b9260481b9160601b161717178152f35b608482604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600560448301527f63616c6c7300000000000000000000000000000000000000000000000000000060648301526024820152fd5b608483604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600660448301527f616d6f756e74000000000000000000000000000000000000000000000000000060648301526024820152fd5b608490604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600760448301527f6d6f64656c49640000000000000000000000000000000000000000000000000060648301526024820152fd5b3461017457604060031936011261017457610832611ac2565b602435908115158092036101745773ffffffffffffffffffffffffffffffffffffffff5f541633036104ea57602073ffffffffffffffffffffffffffffffffffffffff7fbfa6acf022b8bc9f4df4ed4ce022b7d18db613e8a4864052b907aac9a7521b13921692835f526003825260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541660ff8316179055604051908152a2005b34610174576020600319360112610174576108f1611ac2565b5f5473ffffffffffffffffffffffffffffffffffffffff811633036104ea577fffffffffffffffffffffffff000000000000000000000000000000000000000060209173ffffffffffffffffffffffffffffffffffffffff7f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c941691829116175f55604051908152a1005b34610174575f6003193601126101745760206040516103e88152f35b34610174575f60031936011261017457602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b34610174575f6003193601126101745760206040516101f48152f35b346101745760206003193601126101745773ffffffffffffffffffffffffffffffffffffffff610a15611ac2565b165f526003602052602060ff60405f2054166040519015158152f35b346101745760406003193601126101745760243567ffffffffffffffff811161017457366023820112156101745780600401359067ffffffffffffffff82116101745760248101918060051b91602483369201011161017457335f52600360205260ff60405f205416156104ea576004355f52600460205260ff60405f20541661143757801561140f576004355f52600460205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055610afb81611bc5565b610b0482611bc5565b610b0d83611bc5565b91610b1784611bc5565b5f945f195f5f5b83811061135257505050604051967f40431ea6000000000000000000000000000000000000000000000000000000008852602060048901528160248901527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82116101745787604481836020948d8484013781010301815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af19687156105de575f9761131e575b508560011b7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff871687036112f15780610c18610c2092611bc5565b60a052611bc5565b866080525f5b8781106112d0575061ffff60015460a01c169061ffff60025460a01c169087895f945f948a8a5f945b85106110ee575050505050505f5b608051811061100a57505081610fc2575b80610f7a575b845191604051928352896020840152604083015260608201527fe935d1c304c5f0ec7b58497b624a7dbb0f051c2869923ae9625d90528bd72319608060043592a2610cbe86611bc5565b5f5b828110610f485750610cd187611bad565b98610cdf6040519a8b611b2e565b878a527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0610d0c89611bad565b018a5f5b828110610f36575050505f5b888110610eb557505f5b838110610e5d5750505050505f5b848110610d4657602086604051908152f35b610d508183611c51565b515f52600660205273ffffffffffffffffffffffffffffffffffffffff60405f20541690610d7e8186611c51565b5191610d8a8286611c51565b5192610d96838b611c51565b5190823b156101745793906040519485927f61d6a3fb0000000000000000000000000000000000000000000000000000000084526064840191600485015260248401526060604484015281518091526020608484019201905f905b808210610e2b5750505091815f81819503925af19182156105de57600192610e1b575b5001610d34565b5f610e2591611b2e565b88610e14565b9193509160208060019273ffffffffffffffffffffffffffffffffffffffff8751168152019401920186939291610df1565b808b610eae610e6e60019489611c51565b51610e8881610e7e868b8a611c14565b3560601c94611c51565b51610e938289611c51565b5191610ea8610ea184611c65565b918a611c51565b52611c51565b5201610d26565b808b610f1882610ec760019588611c51565b51927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0610f0c610ef686611bad565b95610f046040519788611b2e565b808752611bad565b01366020860137611c51565b52610f23818d611c51565b505f610f2f8286611c51565b5201610d1c565b60606020828194010152018b90610d10565b80610f5560019286611c51565b51610f73610f6c610f668387611c51565b51611c65565b9185611c51565b5201610cc0565b610fbd8173ffffffffffffffffffffffffffffffffffffffff600154167f00000000000000000000000000000000000000000000000000000000000000006122d6565b610c74565b6110058273ffffffffffffffffffffffffffffffffffffffff600254167f00000000000000000000000000000000000000000000000000000000000000006122d6565b610c6e565b6110148183611c51565b519081156110e5576110288160a051611c51565b519173ffffffffffffffffffffffffffffffffffffffff61104884611cd9565b5116926040518481528260208201527faf1a6a37f301f5acd7d185714c733a6529b8b769ef4e76a04da6a3c65281250e604060043592a3823b15610174575f926024849260405195869384927febdac09000000000000000000000000000000000000000000000000000000000845260048401525af19182156105de576001926110d5575b505b01610c5d565b5f6110df91611b2e565b8d6110cd565b600191506110cf565b9661110c8561110581809b9c95969897999c611c51565b5194611c51565b519161271061111b8785611cac565b049961271061112a8986611cac565b049a8b9161113787611cd9565b945f94898d898962ffffff602082015116611211575b5090888861115d89809695611ccc565b9061116791611ccc565b9061117191611ccc565b61117b8383611c51565b519061118691611cbf565b9161119091611c51565b5261119a91611cbf565b9d6111a491611cbf565b9b6111ae91611c51565b51936020015162ffffff1693604051958652602086015260408501526060840152608083015260a08201526004359060c07fa58c7b260f2cd6f8f4a11915ad03f1efef68b60aac8934a6e0ac37e0e4f0193591a360010190918a928a8a8e610c4f565b8199508861115d8961271061124282989796606087015115155f146112c55761ffff806040890151165b1690611cac565b049c8461125f8f96602062ffffff9101511660805160a051611c73565b906080518214611298575b506112896112828761127c848b611c51565b51611cbf565b9188611c51565b5294959650505050508961114d565b602062ffffff910151166112b060805160a051611c51565b526112bc608051611c65565b6080528f61126a565b61ffff6101f461123b565b806112dd60019287611c51565b516112ea8260a051611c51565b5201610c26565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9096506020813d60201161134a575b8161133a60209383611b2e565b8101031261017457519588610bdd565b3d915061132d565b61135d81858d611c14565b3562ffffff8160481c168481036113c5575b509062ffffff60019284611383848a611c51565b5265ffffffffffff8160181c1661139a868c611c51565b51016113a6868c611c51565b52166113b2848b611c51565b51016113be848b611c51565b5201610b1e565b6113d59194508093508a88611c73565b918983146113e8575b9262ffffff61136f565b989062ffffff611405838c6113ff6001968c611c51565b52611c65565b9a919250506113de565b7fc2e5347d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7ffc2bcaec000000000000000000000000000000000000000000000000000000005f5260043560045260245ffd5b34610174575f60031936011261017457602061ffff60025460a01c16604051908152f35b34610174575f60031936011261017457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610174575f6003193601126101745760206040516107d08152f35b34610174575f60031936011261017457602061ffff60015460a01c16604051908152f35b34610174576020600319360112610174576004355f526004602052602060ff60405f2054166040519015158152f35b34610174575f6003193601126101745760206040516113888152f35b34610174575f60031936011261017457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610174576020600319360112610174576040517f1fba80ef000000000000000000000000000000000000000000000000000000008152600435600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156105de575f9061164a575b602090604051908152f35b506020813d602011611675575b8161166460209383611b2e565b81010312610174576020905161163f565b3d9150611657565b3461017457604060031936011261017457600435611699611ab1565b73ffffffffffffffffffffffffffffffffffffffff5f541633036117f6575b61ffff8116906107d08211611791577f2f38e4d1636e7779ad62cfa88be99a558be72503fa6916e4ea7ff7cc6a91b6e691602091845f526005835261174660405f209182907fffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffff78ffff000000000000000000000000000000000000000000000083549260b81b169116179055565b7901000000000000000000000000000000000000000000000000007fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff825416179055604051908152a2005b608482604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600a60448301527f726f79616c74794270730000000000000000000000000000000000000000000060648301526024820152fd5b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f8c838aa8000000000000000000000000000000000000000000000000000000008152836004820152604081602481855afa9081156105de575f916119f4575b5080156119c85760409060248251809481937f8c838aa800000000000000000000000000000000000000000000000000000000835260048301525afa9081156105de5773ffffffffffffffffffffffffffffffffffffffff916020915f916119a8575b506004604051809481937fd33219b4000000000000000000000000000000000000000000000000000000008352165afa80156105de575f9061195b575b73ffffffffffffffffffffffffffffffffffffffff9150163303156116b8577f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b506020813d6020116119a0575b8161197560209383611b2e565b810103126101745761199b73ffffffffffffffffffffffffffffffffffffffff91611b6f565b611910565b3d9150611968565b6119c1915060403d6040116105d7576105c78183611b2e565b50856118d3565b837f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b611a0d915060403d6040116105d7576105c78183611b2e565b905084611870565b34610174576020600319360112610174576004355f52600560205260405f20611a3d82611ae5565b5473ffffffffffffffffffffffffffffffffffffffff8116825262ffffff8160a01c16602083015261ffff8160b81c1691826040820152608060ff808460c81c1615159384606085015260d01c1615159101525f14611aa6576020905b61ffff60405191168152f35b5060206101f4611a9a565b6024359061ffff8216820361017457565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361017457565b60a0810190811067ffffffffffffffff821117611b0157604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611b0157604052565b519073ffffffffffffffffffffffffffffffffffffffff8216820361017457565b9190826040910312610174576020611ba783611b6f565b92015190565b67ffffffffffffffff8111611b015760051b60200190565b90611bcf82611bad565b611bdc6040519182611b2e565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0611c0a8294611bad565b0190602036910137565b9190811015611c245760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8051821015611c245760209160051b010190565b5f1981146112f15760010190565b92915f935b828510611c8457505050565b9091929382611c938284611c51565b5114611ca55760010193929190611c78565b9250505090565b818102929181159184041417156112f157565b919082018092116112f157565b919082039182116112f157565b905f6080604051611ce981611ae5565b8281528260208201528260408201528260608201520152815f52600560205260405f209160ff60405193611d1c85611ae5565b5473ffffffffffffffffffffffffffffffffffffffff8116855262ffffff8160a01c16602086015261ffff8160b81c166040860152818160c81c161515606086015260d01c1615159283608082015280936122d1575073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517fd5e159c7000000000000000000000000000000000000000000000000000000008152816004820152606081602481865afa80156105de575f9061226a575b73ffffffffffffffffffffffffffffffffffffffff91501691821561223e579060406024928151938480927f8c838aa80000000000000000000000000000000000000000000000000000000082528560048301525afa80156105de575f925f91612219575b5083865262ffffff60208701911681526080860160018152825f52600560205260405f209173ffffffffffffffffffffffffffffffffffffffff80895116167fffffffffffffffffffffffff0000000000000000000000000000000000000000845416178355517fffffffffffffffffff000000ffffffffffffffffffffffffffffffffffffffff76ffffff000000000000000000000000000000000000000084549260a01b169116178255611f5461ffff60408901511683907fffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffff78ffff000000000000000000000000000000000000000000000083549260b81b169116179055565b606087015115157fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff79ff0000000000000000000000000000000000000000000000000084549260c81b1691161782555115157fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff7aff000000000000000000000000000000000000000000000000000083549260d01b1691161790555f52600660205273ffffffffffffffffffffffffffffffffffffffff60405f2091167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790557f0000000000000000000000000000000000000000000000000000000000000000906040517f095ea7b3000000000000000000000000000000000000000000000000000000005f52816004525f1960245260205f60448180875af19060015f511482161561220a575b604052156120ad575050565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f52816004525f60245260205f60448180875af19060015f51148216156121f2575b604052156121b057604051907f095ea7b3000000000000000000000000000000000000000000000000000000005f526004525f1960245260205f60448180865af19060015f511482161561218f575b6040521561214d5750565b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b9060018115166121a757823b15153d15161690612142565b503d5f823e3d90fd5b73ffffffffffffffffffffffffffffffffffffffff827f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b9060018115166121a757833b15153d151616906120f3565b90833b15153d151616906120a1565b905061223591925060403d6040116105d7576105c78183611b2e565b9190915f611e51565b507f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506060813d6060116122c9575b8161228460609383611b2e565b81010312610174576122c46040826122b073ffffffffffffffffffffffffffffffffffffffff94611b6f565b506122bd60208201611b6f565b5001611b6f565b611dec565b3d9150612277565b925050565b9173ffffffffffffffffffffffffffffffffffffffff604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f511482161561218f576040521561214d575056",
}

// UsageFeeRouter is an auto generated Go binding around an Ethereum contract.
type UsageFeeRouter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *UsageFeeRouter) GetABI() abi.ABI {
	return c.abi
}

// NewUsageFeeRouter creates a new instance of UsageFeeRouter.
func NewUsageFeeRouter() *UsageFeeRouter {
	parsed, err := UsageFeeRouterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &UsageFeeRouter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *UsageFeeRouter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vault_, address directory_, address priceSource_, address admin_) returns()
func (usageFeeRouter *UsageFeeRouter) PackConstructor(vault_ common.Address, directory_ common.Address, priceSource_ common.Address, admin_ common.Address) []byte {
	enc, err := usageFeeRouter.abi.Pack("", vault_, directory_, priceSource_, admin_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b1ab434.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ROYALTY_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) PackDEFAULTROYALTYBPS() []byte {
	enc, err := usageFeeRouter.abi.Pack("DEFAULT_ROYALTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b1ab434.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ROYALTY_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) TryPackDEFAULTROYALTYBPS() ([]byte, error) {
	return usageFeeRouter.abi.Pack("DEFAULT_ROYALTY_BPS")
}

// UnpackDEFAULTROYALTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b1ab434.
//
// Solidity: function DEFAULT_ROYALTY_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) UnpackDEFAULTROYALTYBPS(data []byte) (uint16, error) {
	out, err := usageFeeRouter.abi.Unpack("DEFAULT_ROYALTY_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXINFRABPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f7bb57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INFRA_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) PackMAXINFRABPS() []byte {
	enc, err := usageFeeRouter.abi.Pack("MAX_INFRA_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINFRABPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f7bb57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INFRA_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) TryPackMAXINFRABPS() ([]byte, error) {
	return usageFeeRouter.abi.Pack("MAX_INFRA_BPS")
}

// UnpackMAXINFRABPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24f7bb57.
//
// Solidity: function MAX_INFRA_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) UnpackMAXINFRABPS(data []byte) (uint16, error) {
	out, err := usageFeeRouter.abi.Unpack("MAX_INFRA_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXPROTOCOLFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d947e4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PROTOCOL_FEE_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) PackMAXPROTOCOLFEEBPS() []byte {
	enc, err := usageFeeRouter.abi.Pack("MAX_PROTOCOL_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPROTOCOLFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d947e4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PROTOCOL_FEE_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) TryPackMAXPROTOCOLFEEBPS() ([]byte, error) {
	return usageFeeRouter.abi.Pack("MAX_PROTOCOL_FEE_BPS")
}

// UnpackMAXPROTOCOLFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d947e4b.
//
// Solidity: function MAX_PROTOCOL_FEE_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) UnpackMAXPROTOCOLFEEBPS(data []byte) (uint16, error) {
	out, err := usageFeeRouter.abi.Unpack("MAX_PROTOCOL_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) PackMAXROYALTYBPS() []byte {
	enc, err := usageFeeRouter.abi.Pack("MAX_ROYALTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) TryPackMAXROYALTYBPS() ([]byte, error) {
	return usageFeeRouter.abi.Pack("MAX_ROYALTY_BPS")
}

// UnpackMAXROYALTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dca40e6.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) UnpackMAXROYALTYBPS(data []byte) (uint16, error) {
	out, err := usageFeeRouter.abi.Unpack("MAX_ROYALTY_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (usageFeeRouter *UsageFeeRouter) PackAdmin() []byte {
	enc, err := usageFeeRouter.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (usageFeeRouter *UsageFeeRouter) TryPackAdmin() ([]byte, error) {
	return usageFeeRouter.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (usageFeeRouter *UsageFeeRouter) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := usageFeeRouter.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBatchSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a6af59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchSettled(bytes32 ) view returns(bool)
func (usageFeeRouter *UsageFeeRouter) PackBatchSettled(arg0 [32]byte) []byte {
	enc, err := usageFeeRouter.abi.Pack("batchSettled", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a6af59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchSettled(bytes32 ) view returns(bool)
func (usageFeeRouter *UsageFeeRouter) TryPackBatchSettled(arg0 [32]byte) ([]byte, error) {
	return usageFeeRouter.abi.Pack("batchSettled", arg0)
}

// UnpackBatchSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33a6af59.
//
// Solidity: function batchSettled(bytes32 ) view returns(bool)
func (usageFeeRouter *UsageFeeRouter) UnpackBatchSettled(data []byte) (bool, error) {
	out, err := usageFeeRouter.abi.Unpack("batchSettled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDirectory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc41c2f24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function directory() view returns(address)
func (usageFeeRouter *UsageFeeRouter) PackDirectory() []byte {
	enc, err := usageFeeRouter.abi.Pack("directory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDirectory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc41c2f24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function directory() view returns(address)
func (usageFeeRouter *UsageFeeRouter) TryPackDirectory() ([]byte, error) {
	return usageFeeRouter.abi.Pack("directory")
}

// UnpackDirectory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc41c2f24.
//
// Solidity: function directory() view returns(address)
func (usageFeeRouter *UsageFeeRouter) UnpackDirectory(data []byte) (common.Address, error) {
	out, err := usageFeeRouter.abi.Unpack("directory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInfraBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x407e2d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function infraBps() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) PackInfraBps() []byte {
	enc, err := usageFeeRouter.abi.Pack("infraBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInfraBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x407e2d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function infraBps() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) TryPackInfraBps() ([]byte, error) {
	return usageFeeRouter.abi.Pack("infraBps")
}

// UnpackInfraBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x407e2d80.
//
// Solidity: function infraBps() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) UnpackInfraBps(data []byte) (uint16, error) {
	out, err := usageFeeRouter.abi.Unpack("infraBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackInfraRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc572d8a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function infraRecipient() view returns(address)
func (usageFeeRouter *UsageFeeRouter) PackInfraRecipient() []byte {
	enc, err := usageFeeRouter.abi.Pack("infraRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInfraRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc572d8a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function infraRecipient() view returns(address)
func (usageFeeRouter *UsageFeeRouter) TryPackInfraRecipient() ([]byte, error) {
	return usageFeeRouter.abi.Pack("infraRecipient")
}

// UnpackInfraRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc572d8a1.
//
// Solidity: function infraRecipient() view returns(address)
func (usageFeeRouter *UsageFeeRouter) UnpackInfraRecipient(data []byte) (common.Address, error) {
	out, err := usageFeeRouter.abi.Unpack("infraRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsSettler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1fcd03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSettler(address ) view returns(bool)
func (usageFeeRouter *UsageFeeRouter) PackIsSettler(arg0 common.Address) []byte {
	enc, err := usageFeeRouter.abi.Pack("isSettler", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSettler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1fcd03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSettler(address ) view returns(bool)
func (usageFeeRouter *UsageFeeRouter) TryPackIsSettler(arg0 common.Address) ([]byte, error) {
	return usageFeeRouter.abi.Pack("isSettler", arg0)
}

// UnpackIsSettler is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1fcd03.
//
// Solidity: function isSettler(address ) view returns(bool)
func (usageFeeRouter *UsageFeeRouter) UnpackIsSettler(data []byte) (bool, error) {
	out, err := usageFeeRouter.abi.Unpack("isSettler", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPackEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c62a62f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function packEntry(address consumer, uint256 modelId, uint256 amount, uint256 callCount) pure returns(uint256)
func (usageFeeRouter *UsageFeeRouter) PackPackEntry(consumer common.Address, modelId *big.Int, amount *big.Int, callCount *big.Int) []byte {
	enc, err := usageFeeRouter.abi.Pack("packEntry", consumer, modelId, amount, callCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPackEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c62a62f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function packEntry(address consumer, uint256 modelId, uint256 amount, uint256 callCount) pure returns(uint256)
func (usageFeeRouter *UsageFeeRouter) TryPackPackEntry(consumer common.Address, modelId *big.Int, amount *big.Int, callCount *big.Int) ([]byte, error) {
	return usageFeeRouter.abi.Pack("packEntry", consumer, modelId, amount, callCount)
}

// UnpackPackEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c62a62f.
//
// Solidity: function packEntry(address consumer, uint256 modelId, uint256 amount, uint256 callCount) pure returns(uint256)
func (usageFeeRouter *UsageFeeRouter) UnpackPackEntry(data []byte) (*big.Int, error) {
	out, err := usageFeeRouter.abi.Unpack("packEntry", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfa3c132.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parentOf(uint256 modelId) view returns(uint256 parent)
func (usageFeeRouter *UsageFeeRouter) PackParentOf(modelId *big.Int) []byte {
	enc, err := usageFeeRouter.abi.Pack("parentOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfa3c132.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parentOf(uint256 modelId) view returns(uint256 parent)
func (usageFeeRouter *UsageFeeRouter) TryPackParentOf(modelId *big.Int) ([]byte, error) {
	return usageFeeRouter.abi.Pack("parentOf", modelId)
}

// UnpackParentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfa3c132.
//
// Solidity: function parentOf(uint256 modelId) view returns(uint256 parent)
func (usageFeeRouter *UsageFeeRouter) UnpackParentOf(data []byte) (*big.Int, error) {
	out, err := usageFeeRouter.abi.Unpack("parentOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPricePerCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fba80ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pricePerCall(uint256 modelId) view returns(uint256)
func (usageFeeRouter *UsageFeeRouter) PackPricePerCall(modelId *big.Int) []byte {
	enc, err := usageFeeRouter.abi.Pack("pricePerCall", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPricePerCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fba80ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pricePerCall(uint256 modelId) view returns(uint256)
func (usageFeeRouter *UsageFeeRouter) TryPackPricePerCall(modelId *big.Int) ([]byte, error) {
	return usageFeeRouter.abi.Pack("pricePerCall", modelId)
}

// UnpackPricePerCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fba80ef.
//
// Solidity: function pricePerCall(uint256 modelId) view returns(uint256)
func (usageFeeRouter *UsageFeeRouter) UnpackPricePerCall(data []byte) (*big.Int, error) {
	out, err := usageFeeRouter.abi.Unpack("pricePerCall", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPriceSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20531bc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceSource() view returns(address)
func (usageFeeRouter *UsageFeeRouter) PackPriceSource() []byte {
	enc, err := usageFeeRouter.abi.Pack("priceSource")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20531bc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceSource() view returns(address)
func (usageFeeRouter *UsageFeeRouter) TryPackPriceSource() ([]byte, error) {
	return usageFeeRouter.abi.Pack("priceSource")
}

// UnpackPriceSource is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20531bc9.
//
// Solidity: function priceSource() view returns(address)
func (usageFeeRouter *UsageFeeRouter) UnpackPriceSource(data []byte) (common.Address, error) {
	out, err := usageFeeRouter.abi.Unpack("priceSource", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProtocolFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35659fb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) PackProtocolFeeBps() []byte {
	enc, err := usageFeeRouter.abi.Pack("protocolFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProtocolFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35659fb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) TryPackProtocolFeeBps() ([]byte, error) {
	return usageFeeRouter.abi.Pack("protocolFeeBps")
}

// UnpackProtocolFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35659fb8.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (usageFeeRouter *UsageFeeRouter) UnpackProtocolFeeBps(data []byte) (uint16, error) {
	out, err := usageFeeRouter.abi.Unpack("protocolFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRoyaltyBpsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c3c97d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyBpsOf(uint256 modelId) view returns(uint256)
func (usageFeeRouter *UsageFeeRouter) PackRoyaltyBpsOf(modelId *big.Int) []byte {
	enc, err := usageFeeRouter.abi.Pack("royaltyBpsOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoyaltyBpsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c3c97d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function royaltyBpsOf(uint256 modelId) view returns(uint256)
func (usageFeeRouter *UsageFeeRouter) TryPackRoyaltyBpsOf(modelId *big.Int) ([]byte, error) {
	return usageFeeRouter.abi.Pack("royaltyBpsOf", modelId)
}

// UnpackRoyaltyBpsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08c3c97d.
//
// Solidity: function royaltyBpsOf(uint256 modelId) view returns(uint256)
func (usageFeeRouter *UsageFeeRouter) UnpackRoyaltyBpsOf(data []byte) (*big.Int, error) {
	out, err := usageFeeRouter.abi.Unpack("royaltyBpsOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(address admin_) returns()
func (usageFeeRouter *UsageFeeRouter) PackSetAdmin(admin common.Address) []byte {
	enc, err := usageFeeRouter.abi.Pack("setAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(address admin_) returns()
func (usageFeeRouter *UsageFeeRouter) TryPackSetAdmin(admin common.Address) ([]byte, error) {
	return usageFeeRouter.abi.Pack("setAdmin", admin)
}

// PackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22c29da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFees(address treasury_, uint16 protocolFeeBps_, address infraRecipient_, uint16 infraBps_) returns()
func (usageFeeRouter *UsageFeeRouter) PackSetFees(treasury common.Address, protocolFeeBps uint16, infraRecipient common.Address, infraBps uint16) []byte {
	enc, err := usageFeeRouter.abi.Pack("setFees", treasury, protocolFeeBps, infraRecipient, infraBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22c29da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFees(address treasury_, uint16 protocolFeeBps_, address infraRecipient_, uint16 infraBps_) returns()
func (usageFeeRouter *UsageFeeRouter) TryPackSetFees(treasury common.Address, protocolFeeBps uint16, infraRecipient common.Address, infraBps uint16) ([]byte, error) {
	return usageFeeRouter.abi.Pack("setFees", treasury, protocolFeeBps, infraRecipient, infraBps)
}

// PackSetRoyalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e3d8d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRoyalty(uint256 modelId, uint16 royaltyBps) returns()
func (usageFeeRouter *UsageFeeRouter) PackSetRoyalty(modelId *big.Int, royaltyBps uint16) []byte {
	enc, err := usageFeeRouter.abi.Pack("setRoyalty", modelId, royaltyBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRoyalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e3d8d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRoyalty(uint256 modelId, uint16 royaltyBps) returns()
func (usageFeeRouter *UsageFeeRouter) TryPackSetRoyalty(modelId *big.Int, royaltyBps uint16) ([]byte, error) {
	return usageFeeRouter.abi.Pack("setRoyalty", modelId, royaltyBps)
}

// PackSetSettler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a35465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSettler(address settler, bool allowed) returns()
func (usageFeeRouter *UsageFeeRouter) PackSetSettler(settler common.Address, allowed bool) []byte {
	enc, err := usageFeeRouter.abi.Pack("setSettler", settler, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSettler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a35465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSettler(address settler, bool allowed) returns()
func (usageFeeRouter *UsageFeeRouter) TryPackSetSettler(settler common.Address, allowed bool) ([]byte, error) {
	return usageFeeRouter.abi.Pack("setSettler", settler, allowed)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44eeaa07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(bytes32 batchId, uint256[] entries) returns(uint256 total)
func (usageFeeRouter *UsageFeeRouter) PackSettle(batchId [32]byte, entries []*big.Int) []byte {
	enc, err := usageFeeRouter.abi.Pack("settle", batchId, entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44eeaa07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(bytes32 batchId, uint256[] entries) returns(uint256 total)
func (usageFeeRouter *UsageFeeRouter) TryPackSettle(batchId [32]byte, entries []*big.Int) ([]byte, error) {
	return usageFeeRouter.abi.Pack("settle", batchId, entries)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44eeaa07.
//
// Solidity: function settle(bytes32 batchId, uint256[] entries) returns(uint256 total)
func (usageFeeRouter *UsageFeeRouter) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := usageFeeRouter.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (usageFeeRouter *UsageFeeRouter) PackTreasury() []byte {
	enc, err := usageFeeRouter.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (usageFeeRouter *UsageFeeRouter) TryPackTreasury() ([]byte, error) {
	return usageFeeRouter.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (usageFeeRouter *UsageFeeRouter) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := usageFeeRouter.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUsdc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e413bee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usdc() view returns(address)
func (usageFeeRouter *UsageFeeRouter) PackUsdc() []byte {
	enc, err := usageFeeRouter.abi.Pack("usdc")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsdc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e413bee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usdc() view returns(address)
func (usageFeeRouter *UsageFeeRouter) TryPackUsdc() ([]byte, error) {
	return usageFeeRouter.abi.Pack("usdc")
}

// UnpackUsdc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e413bee.
//
// Solidity: function usdc() view returns(address)
func (usageFeeRouter *UsageFeeRouter) UnpackUsdc(data []byte) (common.Address, error) {
	out, err := usageFeeRouter.abi.Unpack("usdc", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (usageFeeRouter *UsageFeeRouter) PackVault() []byte {
	enc, err := usageFeeRouter.abi.Pack("vault")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vault() view returns(address)
func (usageFeeRouter *UsageFeeRouter) TryPackVault() ([]byte, error) {
	return usageFeeRouter.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (usageFeeRouter *UsageFeeRouter) UnpackVault(data []byte) (common.Address, error) {
	out, err := usageFeeRouter.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UsageFeeRouterAdminChanged represents a AdminChanged event raised by the UsageFeeRouter contract.
type UsageFeeRouterAdminChanged struct {
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const UsageFeeRouterAdminChangedEventName = "AdminChanged"

// ContractEventName returns the user-defined event name.
func (UsageFeeRouterAdminChanged) ContractEventName() string {
	return UsageFeeRouterAdminChangedEventName
}

// UnpackAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminChanged(address admin)
func (usageFeeRouter *UsageFeeRouter) UnpackAdminChangedEvent(log *types.Log) (*UsageFeeRouterAdminChanged, error) {
	event := "AdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageFeeRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageFeeRouterAdminChanged)
	if len(log.Data) > 0 {
		if err := usageFeeRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageFeeRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageFeeRouterBatchSettled represents a BatchSettled event raised by the UsageFeeRouter contract.
type UsageFeeRouterBatchSettled struct {
	BatchId     [32]byte
	Entries     *big.Int
	Total       *big.Int
	Infra       *big.Int
	ProtocolFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const UsageFeeRouterBatchSettledEventName = "BatchSettled"

// ContractEventName returns the user-defined event name.
func (UsageFeeRouterBatchSettled) ContractEventName() string {
	return UsageFeeRouterBatchSettledEventName
}

// UnpackBatchSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSettled(bytes32 indexed batchId, uint256 entries, uint256 total, uint256 infra, uint256 protocolFee)
func (usageFeeRouter *UsageFeeRouter) UnpackBatchSettledEvent(log *types.Log) (*UsageFeeRouterBatchSettled, error) {
	event := "BatchSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageFeeRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageFeeRouterBatchSettled)
	if len(log.Data) > 0 {
		if err := usageFeeRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageFeeRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageFeeRouterFeesSet represents a FeesSet event raised by the UsageFeeRouter contract.
type UsageFeeRouterFeesSet struct {
	Treasury       common.Address
	ProtocolFeeBps *big.Int
	InfraRecipient common.Address
	InfraBps       *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const UsageFeeRouterFeesSetEventName = "FeesSet"

// ContractEventName returns the user-defined event name.
func (UsageFeeRouterFeesSet) ContractEventName() string {
	return UsageFeeRouterFeesSetEventName
}

// UnpackFeesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesSet(address treasury, uint256 protocolFeeBps, address infraRecipient, uint256 infraBps)
func (usageFeeRouter *UsageFeeRouter) UnpackFeesSetEvent(log *types.Log) (*UsageFeeRouterFeesSet, error) {
	event := "FeesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageFeeRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageFeeRouterFeesSet)
	if len(log.Data) > 0 {
		if err := usageFeeRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageFeeRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageFeeRouterModelFeesSettled represents a ModelFeesSettled event raised by the UsageFeeRouter contract.
type UsageFeeRouterModelFeesSettled struct {
	BatchId     [32]byte
	ModelId     *big.Int
	Gross       *big.Int
	Calls       *big.Int
	Infra       *big.Int
	ProtocolFee *big.Int
	Royalty     *big.Int
	ParentId    *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const UsageFeeRouterModelFeesSettledEventName = "ModelFeesSettled"

// ContractEventName returns the user-defined event name.
func (UsageFeeRouterModelFeesSettled) ContractEventName() string {
	return UsageFeeRouterModelFeesSettledEventName
}

// UnpackModelFeesSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelFeesSettled(bytes32 indexed batchId, uint256 indexed modelId, uint256 gross, uint256 calls, uint256 infra, uint256 protocolFee, uint256 royalty, uint256 parentId)
func (usageFeeRouter *UsageFeeRouter) UnpackModelFeesSettledEvent(log *types.Log) (*UsageFeeRouterModelFeesSettled, error) {
	event := "ModelFeesSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageFeeRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageFeeRouterModelFeesSettled)
	if len(log.Data) > 0 {
		if err := usageFeeRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageFeeRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageFeeRouterReserveDeposited represents a ReserveDeposited event raised by the UsageFeeRouter contract.
type UsageFeeRouterReserveDeposited struct {
	BatchId [32]byte
	ModelId *big.Int
	Pool    common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const UsageFeeRouterReserveDepositedEventName = "ReserveDeposited"

// ContractEventName returns the user-defined event name.
func (UsageFeeRouterReserveDeposited) ContractEventName() string {
	return UsageFeeRouterReserveDepositedEventName
}

// UnpackReserveDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveDeposited(bytes32 indexed batchId, uint256 indexed modelId, address pool, uint256 amount)
func (usageFeeRouter *UsageFeeRouter) UnpackReserveDepositedEvent(log *types.Log) (*UsageFeeRouterReserveDeposited, error) {
	event := "ReserveDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageFeeRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageFeeRouterReserveDeposited)
	if len(log.Data) > 0 {
		if err := usageFeeRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageFeeRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageFeeRouterRoyaltySet represents a RoyaltySet event raised by the UsageFeeRouter contract.
type UsageFeeRouterRoyaltySet struct {
	ModelId    *big.Int
	RoyaltyBps *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const UsageFeeRouterRoyaltySetEventName = "RoyaltySet"

// ContractEventName returns the user-defined event name.
func (UsageFeeRouterRoyaltySet) ContractEventName() string {
	return UsageFeeRouterRoyaltySetEventName
}

// UnpackRoyaltySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoyaltySet(uint256 indexed modelId, uint256 royaltyBps)
func (usageFeeRouter *UsageFeeRouter) UnpackRoyaltySetEvent(log *types.Log) (*UsageFeeRouterRoyaltySet, error) {
	event := "RoyaltySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageFeeRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageFeeRouterRoyaltySet)
	if len(log.Data) > 0 {
		if err := usageFeeRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageFeeRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageFeeRouterSettlerSet represents a SettlerSet event raised by the UsageFeeRouter contract.
type UsageFeeRouterSettlerSet struct {
	Settler common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const UsageFeeRouterSettlerSetEventName = "SettlerSet"

// ContractEventName returns the user-defined event name.
func (UsageFeeRouterSettlerSet) ContractEventName() string {
	return UsageFeeRouterSettlerSetEventName
}

// UnpackSettlerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlerSet(address indexed settler, bool allowed)
func (usageFeeRouter *UsageFeeRouter) UnpackSettlerSetEvent(log *types.Log) (*UsageFeeRouterSettlerSet, error) {
	event := "SettlerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageFeeRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageFeeRouterSettlerSet)
	if len(log.Data) > 0 {
		if err := usageFeeRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageFeeRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (usageFeeRouter *UsageFeeRouter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], usageFeeRouter.abi.Errors["BadSetting"].ID.Bytes()[:4]) {
		return usageFeeRouter.UnpackBadSettingError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageFeeRouter.abi.Errors["BatchAlreadySettled"].ID.Bytes()[:4]) {
		return usageFeeRouter.UnpackBatchAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageFeeRouter.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return usageFeeRouter.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageFeeRouter.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return usageFeeRouter.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageFeeRouter.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return usageFeeRouter.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageFeeRouter.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return usageFeeRouter.UnpackUnknownModelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// UsageFeeRouterBadSetting represents a BadSetting error raised by the UsageFeeRouter contract.
type UsageFeeRouterBadSetting struct {
	Name  string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSetting(string name, uint256 value)
func UsageFeeRouterBadSettingErrorID() common.Hash {
	return common.HexToHash("0x72504da2de73dcd4b8dadc91f0fe0f6e16f3130f7115c2fb342d37ffec144ac6")
}

// UnpackBadSettingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSetting(string name, uint256 value)
func (usageFeeRouter *UsageFeeRouter) UnpackBadSettingError(raw []byte) (*UsageFeeRouterBadSetting, error) {
	out := new(UsageFeeRouterBadSetting)
	if err := usageFeeRouter.abi.UnpackIntoInterface(out, "BadSetting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageFeeRouterBatchAlreadySettled represents a BatchAlreadySettled error raised by the UsageFeeRouter contract.
type UsageFeeRouterBatchAlreadySettled struct {
	BatchId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchAlreadySettled(bytes32 batchId)
func UsageFeeRouterBatchAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xfc2bcaecfa38049c141556d8443ece0fad2b3f21b1a4da45d1ef90946427638d")
}

// UnpackBatchAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchAlreadySettled(bytes32 batchId)
func (usageFeeRouter *UsageFeeRouter) UnpackBatchAlreadySettledError(raw []byte) (*UsageFeeRouterBatchAlreadySettled, error) {
	out := new(UsageFeeRouterBatchAlreadySettled)
	if err := usageFeeRouter.abi.UnpackIntoInterface(out, "BatchAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageFeeRouterEmptyBatch represents a EmptyBatch error raised by the UsageFeeRouter contract.
type UsageFeeRouterEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func UsageFeeRouterEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (usageFeeRouter *UsageFeeRouter) UnpackEmptyBatchError(raw []byte) (*UsageFeeRouterEmptyBatch, error) {
	out := new(UsageFeeRouterEmptyBatch)
	if err := usageFeeRouter.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageFeeRouterSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the UsageFeeRouter contract.
type UsageFeeRouterSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func UsageFeeRouterSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (usageFeeRouter *UsageFeeRouter) UnpackSafeERC20FailedOperationError(raw []byte) (*UsageFeeRouterSafeERC20FailedOperation, error) {
	out := new(UsageFeeRouterSafeERC20FailedOperation)
	if err := usageFeeRouter.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageFeeRouterUnauthorized represents a Unauthorized error raised by the UsageFeeRouter contract.
type UsageFeeRouterUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func UsageFeeRouterUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (usageFeeRouter *UsageFeeRouter) UnpackUnauthorizedError(raw []byte) (*UsageFeeRouterUnauthorized, error) {
	out := new(UsageFeeRouterUnauthorized)
	if err := usageFeeRouter.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageFeeRouterUnknownModel represents a UnknownModel error raised by the UsageFeeRouter contract.
type UsageFeeRouterUnknownModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint256 modelId)
func UsageFeeRouterUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x2380022d955c9d9f2011291f12230d2200b459ca8f2d07a27d4410c88f1ada5e")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint256 modelId)
func (usageFeeRouter *UsageFeeRouter) UnpackUnknownModelError(raw []byte) (*UsageFeeRouterUnknownModel, error) {
	out := new(UsageFeeRouterUnknownModel)
	if err := usageFeeRouter.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}
