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
	Method     uint8
	K          uint8
	Attesters  []common.Address
	HeadDigest [32]byte
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRewardMinter\",\"name\":\"tokenManager_\",\"type\":\"address\"},{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadContributorCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"head\",\"type\":\"int256\"}],\"name\":\"BaselineNotHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"HighS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"KeyAlreadyUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"lowerBound\",\"type\":\"int256\"}],\"name\":\"LowerBoundNotPositive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"improvement\",\"type\":\"int256\"}],\"name\":\"NoImprovement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotConfigured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"RepeatedSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"RequestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"}],\"name\":\"UnsupportedMethod\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"candidateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"baselineScore\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"candidateScore\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"}],\"name\":\"DeltaOneVerified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"score\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"HeadSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deltaOneSize\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"}],\"name\":\"VerifierConfigured\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONTRIBUTOR_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ATTESTERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CONTRIBUTORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINT_REQUEST_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"deltaOneSize\",\"type\":\"uint128\"},{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"n\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"configured\",\"type\":\"bool\"}],\"internalType\":\"structDeltaOneVerifier.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"method\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"internalType\":\"bytes32\",\"name\":\"headDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structDeltaOneVerifier.VerifierConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"configureVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"baselineScore\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"candidateScore\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"candidateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sampleCount\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"lowerBound\",\"type\":\"int256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDeltaOneVerifier.MintRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"hashMintRequest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"head\",\"outputs\":[{\"components\":[{\"internalType\":\"int256\",\"name\":\"score\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"internalType\":\"structDeltaOneVerifier.Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isAttester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"keyUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"baselineScore\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"candidateScore\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"candidateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sampleCount\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"lowerBound\",\"type\":\"int256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"idempotencyKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDeltaOneVerifier.MintRequest\",\"name\":\"req\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"internalType\":\"structDeltaOneVerifier.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenManager\",\"outputs\":[{\"internalType\":\"contractIRewardMinter\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "3644b3e9b4c416e175b31f8b1b28664a6e",
	Bin: "0x6101a080604052346101db5760608161242a803803809161002082856101df565b8339810103126101db578051906001600160a01b03821682036101db576020810151906001600160a01b03821682036101db57604001516001600160a01b03811692908390036101db576040516100786040826101df565b6018815260208101907f486f6b757361692044656c74614f6e65566572696669657200000000000000008252604051916100b36040846101df565b600183526020830191603160f81b83526100cc81610216565b610120526100d984610216565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261014260c0826101df565b5190206080523060c0526101605261018052600280546001600160a01b0319169190911790556040516121a89081610282823960805181612074015260a0518161212b015260c05181612045015260e051816120c3015261010051816120e901526101205181610a4901526101405181610a720152610160518181816106a50152610e9d015261018051818181610c6e0152610f110152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761020257604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610241576020815191015160208210610232571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081630826e37b14611b5b575080630f095da614611b1857806324dbc73f14610ec15780632a709b1414610e71578063644bb2f114610e37578063704b6c0214610d64578063770aa3f714610c925780637b10399914610c425780638469176714610b4557806384b0196e14610a315780639f4bca2614610a16578063c8450af8146109dc578063ccc7156e146101f3578063da771733146101d9578063ee7924981461016a578063f698da2514610148578063f851a440146101155763fb0e72b8146100e2575f80fd5b34610111576020600319360112610111576004355f526008602052602060ff60405f2054166040519015158152f35b5f80fd5b34610111575f60031936011261011157602073ffffffffffffffffffffffffffffffffffffffff60025416604051908152f35b34610111575f60031936011261011157602061016261202e565b604051908152f35b346101115760406003193601126101115760243573ffffffffffffffffffffffffffffffffffffffff81168103610111576004355f52600660205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b34610111575f600319360112610111576020604051818152f35b346101115760406003193601126101115760043567ffffffffffffffff81116101115780600401906101606003198236030112610111576024359067ffffffffffffffff821161011157366023830112156101115781600401359267ffffffffffffffff841161011157366024606086028501011161011157803592835f52600360205260405f20926040519361028985611c36565b54946fffffffffffffffffffffffffffffffff8616855260ff8660801c166020860152604085019060ff8760881c1682526060860160ff8860901c16815260ff6080880198818160981c168a52818160a01c1660a08a015260a81c1615801560c08901526109b05760ff8151166109805750610144830167ffffffffffffffff61031282611dad565b16421161093e575061012483013590815f52600860205260ff60405f20541661091257805f52600460205260405f20958654936024860135948086036108e357505160ff166108cf57610369846044870135611dc2565b965b5f8813156108a35760e48601355f81131561087857506101048601996103918b84611dda565b80915015801561086e575b61084357505160ff16976103b76103b284611e2e565b611fed565b98808d1061081457508b9a5f9a855f52600660205260405f209b5f9d8e5b101561059a5760608e028b016044810135907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821161056e5760808e60209360248460ff61042660645f9801611d8a565b604051958652168785015201356040830152606082015282805260015afa15610563575f519073ffffffffffffffffffffffffffffffffffffffff8216908115610537578e825f5260205260ff60405f2054161561050b5773ffffffffffffffffffffffffffffffffffffffff16808211156104ab5750506001909d019c8e8e6103d5565b8f925081146104e057507f151f10f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f7451f83e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f14817f2f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b8f7f52bf9848000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6040513d5f823e3d90fd5b8f7f9ddca1c9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5090600194939291875f52600860205260405f20867fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905560448a01359384815560648b01359687910155670de0b6b3a7640000830292808404670de0b6b3a764000014901517156107e757516fffffffffffffffffffffffffffffffff1680156107ba5761062e920493611dda565b6040979197519788917f8a7652de000000000000000000000000000000000000000000000000000000008352806064840189600486015287602486015260606044860152526084830191905f905b80821061076957505050908060209203815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af1968715610563575f9761072c575b5060209760c0937f9785ca4df3360eb2d5cbef95c843e105e27965ea399617979b3ef27b2d275e0f959360a4936040519586528b86015260408501526060840152876080840152013560a0820152a3604051908152f35b909650602093919293813d602011610761575b8161074c60209383611c52565b810103126101115751959092919060206106d5565b3d915061073f565b9193509173ffffffffffffffffffffffffffffffffffffffff61078b85611bb6565b16815260208401359061ffff82168092036101115760408160019360208394015201940192018a93929161067c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8c7f79c193d2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f68ccb84b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506064811161039c565b7f5f2e2575000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877fa92100ac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6108dd604486013585611dc2565b9661036b565b857fe9bf3c75000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f509fcd66000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61095067ffffffffffffffff91611dad565b7f6bdd2436000000000000000000000000000000000000000000000000000000005f52166004524260245260445ffd5b60ff9051167f98294d5f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f9b04588d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610111575f6003193601126101115760206040517f858e8c956bff09b3da00feb549d879af75f23009677da4609d7ed1ef475fc2208152f35b34610111575f60031936011261011157602060405160648152f35b34610111575f60031936011261011157610ae9610a6d7f0000000000000000000000000000000000000000000000000000000000000000612151565b610a967f0000000000000000000000000000000000000000000000000000000000000000612151565b6020610af760405192610aa98385611c52565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611bd7565b908582036040870152611bd7565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610b2e57505050500390f35b835185528695509381019392810192600101610b1f565b34610111576020600319360112610111575f60c0604051610b6581611c36565b8281528260208201528260408201528260608201528260808201528260a082015201526004355f52600360205260e060405f2060405190610ba582611c36565b5460ff81816fffffffffffffffffffffffffffffffff8216948581528160208201818560801c1681528160408401818760881c168152816060860193818960901c1685528160c06080890198828c60981c168a528260a082019c60a01c168c52019b60a81c1615158b526040519b8c52511660208b0152511660408901525116606087015251166080850152511660a083015251151560c0820152f35b34610111575f60031936011261011157602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610111576020600319360112610111576004355f52600760205260405f20604051806020835491828152019081935f5260205f20905f5b818110610d385750505081610ce0910382611c52565b604051918291602083019060208452518091526040830191905f5b818110610d09575050500390f35b825173ffffffffffffffffffffffffffffffffffffffff16845285945060209384019390920191600101610cfb565b825473ffffffffffffffffffffffffffffffffffffffff16845260209093019260019283019201610cca565b346101115760206003193601126101115760043573ffffffffffffffffffffffffffffffffffffffff81168091036101115760025473ffffffffffffffffffffffffffffffffffffffff81163303610e0b57817f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c927fffffffffffffffffffffffff00000000000000000000000000000000000000006020931617600255604051908152a1005b7f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610111575f6003193601126101115760206040517ffeabdec233331b60a66f48f0b33e217617b3d5939f6744c49bfbdee0557270048152f35b34610111575f60031936011261011157602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101115760406003193601126101115760043560243567ffffffffffffffff8111610111578060040190608060031982360301126101115773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517fd5e159c7000000000000000000000000000000000000000000000000000000008152846004820152606081602481865afa8015610563575f90611ab0575b73ffffffffffffffffffffffffffffffffffffffff9150168015611a845773ffffffffffffffffffffffffffffffffffffffff600254163314159081611a79575b50610e0b575f602492604051938480927f6d3616940000000000000000000000000000000000000000000000000000000082528860048301525afa918215610563575f92611902575b50604481019161100e8385611d36565b949050600160ff61101e83611d8a565b16116118925784158015611888575b611820576024830160ff61104082611d8a565b1615801561180c575b61179c5761010083015194851561170d575b6fffffffffffffffffffffffffffffffff861161169b57875f52600760205260405f20955f5b87548110156110f7576001908a5f52600660205260405f2073ffffffffffffffffffffffffffffffffffffffff806110b9848d611d98565b90549060031b1c16165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905501611081565b5088965087875f52600760205260405f208054905f815581611679575b50509087949392915f5b81811061149d575060808701805160ff169160a0890192835160ff1661114389611d8a565b9261114d89611d8a565b6040519461115a86611c36565b6fffffffffffffffffffffffffffffffff891686526020860194855260408601938452606086019060ff168152608086019160ff16825260a086019260ff16835260c0860193600185528d5f52600360205260405f2096516fffffffffffffffffffffffffffffffff168754965160801b70ff0000000000000000000000000000000016915160881b71ff000000000000000000000000000000000016925160901b72ff00000000000000000000000000000000000016935160981b73ff0000000000000000000000000000000000000016945160a01b74ff0000000000000000000000000000000000000000169551151560a81b75ff00000000000000000000000000000000000000000016967fffffffffffffffffffffffffffff00000000000000000000000000000000000016177fffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffff16177fffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffff16177fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16177fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff1617171790555160ff16905160ff169461132e81611d8a565b9461133890611d8a565b9361134291611d36565b93849391956040519760c08901948952602089015260ff16604088015260ff166060870152608086015260a0850160c090525260e0830191905f5b8181106114625750505090807fc32850b535e700af4e09e63755d733e0d9aacbf90af69e29a645b579f01f7f75920390a2825f52600560205260ff60405f205416156113c557005b7f703d23fa140c222a6b51a8485beaa820b667cb57b2725eca4ff6c1bcba2ce25a9160e0604092855f526005602052835f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905501606481519201359183519061143582611c1a565b8152600160208201848152875f526004602052855f209251835551910155519082519182526020820152a2005b919394509160208060019273ffffffffffffffffffffffffffffffffffffffff61148b88611bb6565b1681520194019101918794939261137d565b909192939495506114ae8487611d36565b82101561164c578160051b01359073ffffffffffffffffffffffffffffffffffffffff8216809203610111578115801561162c575b6115b957895f52600660205260405f20825f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055895f52600760205260405f20918254926801000000000000000084101561158c57836115589160018096018155611d98565b73ffffffffffffffffffffffffffffffffffffffff829392549160031b92831b921b1916179055019088959493929161111e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b611628906040519182917f23c393d500000000000000000000000000000000000000000000000000000000835260048301919060408352600960408401527f61747465737465727300000000000000000000000000000000000000000000006060840152602060808401930152565b0390fd5b50895f52600660205260405f20825f5260205260ff60405f2054166114e3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5260205f205f5b82811061168e5750611114565b5f82820155600101611681565b8560405180917f23c393d50000000000000000000000000000000000000000000000000000000082526040600483015261170360448301604090600881527f64656c74614f6e6500000000000000000000000000000000000000000000000060208201520190565b9060248301520390fd5b9450600460ff6080850151161161172c57662386f26fc100009461105b565b6040517f23c393d5000000000000000000000000000000000000000000000000000000008152604060048201528061179260448201604090600881527f64656c74614f6e6500000000000000000000000000000000000000000000000060208201520190565b5f60248301520390fd5b6117a7608491611d8a565b60ff604051917f23c393d500000000000000000000000000000000000000000000000000000000835260406004840152600160448401527f6b000000000000000000000000000000000000000000000000000000000000006064840152166024820152fd5b508560ff61181983611d8a565b1611611049565b604080517f23c393d50000000000000000000000000000000000000000000000000000000081526004810191909152600960448201527f6174746573746572730000000000000000000000000000000000000000000000606482015260248101869052608490fd5b506020851161102d565b61189d608491611d8a565b60ff604051917f23c393d500000000000000000000000000000000000000000000000000000000835260406004840152600660448401527f6d6574686f6400000000000000000000000000000000000000000000000000006064840152166024820152fd5b9091503d805f833e6119148183611c52565b8101906020818303126101115780519067ffffffffffffffff821161011157016101e08183031261011157604051916101e0830183811067ffffffffffffffff82111761158c5760405261196782611c93565b835261197560208301611c93565b602084015261198660408301611c93565b604084015261199760608301611c93565b60608401526119a860808301611cb4565b60808401526119b960a08301611cb4565b60a08401526119ca60c08301611cb4565b60c084015260e082015160e084015261010082015161010084015261012082015161012084015261014082015161014084015261016082015161016084015261018082015167ffffffffffffffff81168103610111576101808401526101a082015167ffffffffffffffff81116101115781611a47918401611cc2565b6101a08401526101c082015167ffffffffffffffff811161011157611a6c9201611cc2565b6101c08201529084610ffe565b905033141585610fb5565b847f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506060813d606011611b10575b81611aca60609383611c52565b810103126101115780611b0a6040611af673ffffffffffffffffffffffffffffffffffffffff94611c93565b92611b0360208201611c93565b5001611c93565b50610f74565b3d9150611abd565b346101115760206003193601126101115760043567ffffffffffffffff8111610111576101606003198236030112610111576101626103b2602092600401611e2e565b3461011157602060031936011261011157602081611b795f93611c1a565b82815201526004355f5260046020526040805f208151611b9881611c1a565b60206001835493848452015491019081528251918252516020820152f35b359073ffffffffffffffffffffffffffffffffffffffff8216820361011157565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6040810190811067ffffffffffffffff82111761158c57604052565b60e0810190811067ffffffffffffffff82111761158c57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761158c57604052565b519073ffffffffffffffffffffffffffffffffffffffff8216820361011157565b519060ff8216820361011157565b81601f820112156101115780519067ffffffffffffffff821161158c5760405192611d15601f84017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200185611c52565b8284526020838301011161011157815f9260208093018386015e8301015290565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610111570180359067ffffffffffffffff821161011157602001918160051b3603831361011157565b3560ff811681036101115790565b805482101561164c575f5260205f2001905f90565b3567ffffffffffffffff811681036101115790565b81810392915f1380158285131691841216176107e757565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610111570180359067ffffffffffffffff821161011157602001918160061b3603831361011157565b611e3c610100820182611dda565b604051917f858e8c956bff09b3da00feb549d879af75f23009677da4609d7ed1ef475fc22083525f6020840160408501915b848110611fac575050505060609060051b910120611fa6604051926020808501917ffeabdec233331b60a66f48f0b33e217617b3d5939f6744c49bfbdee05572700483528035604087015281810135606087015260408101356080870152606081013560a0870152608081013560c087015260c08652611eef60e087611c52565b67ffffffffffffffff611f0460c08301611dad565b91610120611f156101408301611dad565b916040519884878b019660a084013588521660408b015260e082013560608b015260808a0152013560a08801521660c086015260c08552611f5760e086611c52565b60405194859383850197518091895e840190838201905f8252519283915e01015f8152037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282611c52565b51902090565b8061ffff602060019360061b870173ffffffffffffffffffffffffffffffffffffffff813516865201351684526060872060608260051b8901015201611e6e565b604290611ff861202e565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480612128575b15612096577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152611fa660c082611c52565b507f0000000000000000000000000000000000000000000000000000000000000000461461206d565b60ff811690601f8211612180576040519161216d604084611c52565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd",
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
// the contract method with ID 0x24dbc73f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureVerifier(uint256 modelId, (uint8,uint8,address[],bytes32) c) returns()
func (deltaOneVerifier *DeltaOneVerifier) PackConfigureVerifier(modelId *big.Int, c DeltaOneVerifierVerifierConfig) []byte {
	enc, err := deltaOneVerifier.abi.Pack("configureVerifier", modelId, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24dbc73f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureVerifier(uint256 modelId, (uint8,uint8,address[],bytes32) c) returns()
func (deltaOneVerifier *DeltaOneVerifier) TryPackConfigureVerifier(modelId *big.Int, c DeltaOneVerifierVerifierConfig) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("configureVerifier", modelId, c)
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
// the contract method with ID 0x0f095da6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashMintRequest((uint256,int256,int256,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req) view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) PackHashMintRequest(req DeltaOneVerifierMintRequest) []byte {
	enc, err := deltaOneVerifier.abi.Pack("hashMintRequest", req)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashMintRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f095da6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashMintRequest((uint256,int256,int256,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req) view returns(bytes32)
func (deltaOneVerifier *DeltaOneVerifier) TryPackHashMintRequest(req DeltaOneVerifierMintRequest) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("hashMintRequest", req)
}

// UnpackHashMintRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f095da6.
//
// Solidity: function hashMintRequest((uint256,int256,int256,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req) view returns(bytes32)
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
// the contract method with ID 0xccc7156e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint((uint256,int256,int256,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req, (bytes32,bytes32,uint8)[] sigs) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) PackMint(req DeltaOneVerifierMintRequest, sigs []DeltaOneVerifierSignature) []byte {
	enc, err := deltaOneVerifier.abi.Pack("mint", req, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc7156e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint((uint256,int256,int256,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req, (bytes32,bytes32,uint8)[] sigs) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) TryPackMint(req DeltaOneVerifierMintRequest, sigs []DeltaOneVerifierSignature) ([]byte, error) {
	return deltaOneVerifier.abi.Pack("mint", req, sigs)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc7156e.
//
// Solidity: function mint((uint256,int256,int256,bytes32,bytes32,bytes32,uint64,int256,(address,uint16)[],bytes32,uint64) req, (bytes32,bytes32,uint8)[] sigs) returns(uint256 reward)
func (deltaOneVerifier *DeltaOneVerifier) UnpackMint(data []byte) (*big.Int, error) {
	out, err := deltaOneVerifier.abi.Unpack("mint", data)
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
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["HighS"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackHighSError(raw[4:])
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
	if bytes.Equal(raw[:4], deltaOneVerifier.abi.Errors["SignersNotSorted"].ID.Bytes()[:4]) {
		return deltaOneVerifier.UnpackSignersNotSortedError(raw[4:])
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

// TokenManagerMetaData contains all meta data concerning the TokenManager contract.
var TokenManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModelDirectory\",\"name\":\"directory_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadContributorCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"BadSetting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"BudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ContributorsNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ImprovementBelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RepeatedContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"RewardNotConfigured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"}],\"name\":\"WeightsNotTenThousand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroReward\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"BudgetSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"to\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"PriceRampStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributorsTotal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ownerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budgetLeft\",\"type\":\"uint256\"}],\"name\":\"RewardMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mintThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributorBps\",\"type\":\"uint256\"}],\"name\":\"TokenManagerConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_CONTRIBUTOR_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_MINT_THRESHOLD\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_PRICE_PER_CALL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CONTRIBUTORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_RAMP\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxReward\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"mintThreshold\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"contributorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"apiFeeRate\",\"type\":\"uint64\"}],\"internalType\":\"structTokenManager.ManagerConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"configureTokenManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"directory\",\"outputs\":[{\"internalType\":\"contractIModelDirectory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"mintReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"pricePerCall\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"priceRamp\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"start\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"end\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"set\",\"type\":\"bool\"}],\"internalType\":\"structTokenManager.PriceRamp\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"rewardConfig\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxReward\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"budget\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"mintThreshold\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"contributorBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"configured\",\"type\":\"bool\"}],\"internalType\":\"structTokenManager.RewardConfig\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOnes\",\"type\":\"uint256\"}],\"name\":\"rewardFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"budget\",\"type\":\"uint128\"}],\"name\":\"setBudget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"setPricePerCall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier_\",\"type\":\"address\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributorBps\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weightBps\",\"type\":\"uint16\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"splitReward\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"parts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"ownerAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "804188847c203c013dec0501c60474577b",
	Bin: "0x60a0346100a357601f611ec238819003918201601f19168301916001600160401b038311848410176100a75780849260409485528339810103126100a3578051906001600160a01b03821682036100a357602001516001600160a01b03811691908290036100a3576080525f80546001600160a01b031916919091179055604051611e0690816100bc823960805181818161022201528181610cdb0152611b790152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6101606040526004361015610012575f80fd5b5f5f3560e01c806305168074146116c15780631fba80ef1461169b57806324d882fe146115f55780632b7ac3f3146115c25780633db55517146115a0578063472161c7146114ee5780635437988d146114035780636b06d904146113e7578063704b6c02146113425780638a7652de14610af95780639ec43dcf14610adc5780639f4bca2614610ac0578063a2451366146106ac578063b25cd69814610364578063c087015a14610264578063c14f5fad14610246578063c41c2f24146101f5578063cf2caee9146101215763f851a440146100ec575f80fd5b3461011e578060031936011261011e5773ffffffffffffffffffffffffffffffffffffffff6020915416604051908152f35b80fd5b503461011e57602060031936011261011e5760408160a092608083516101468161182d565b828152826020820152828582015282606082015201526004358152600360205220604051906101748261182d565b5464ffffffffff67ffffffffffffffff821692838152816020820167ffffffffffffffff8560401c16815267ffffffffffffffff6040840191838760801c16835260ff60806060870196868a60a81c168852019760d01c16151587526040519788525116602087015251166040850152511660608301525115156080820152f35b503461011e578060031936011261011e57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461011e578060031936011261011e57602060405162278d008152f35b503461011e57602060031936011261011e5760408160c09260a08351610289816117e4565b8281528260208201528285820152826060820152826080820152015260043581526002602052206040516102bc816117e4565b61ffff8254916bffffffffffffffffffffffff60016fffffffffffffffffffffffffffffffff851695868452602084019560801c86520154936fffffffffffffffffffffffffffffffff604084018187168152816060860193858960801c16855260ff60a060808901988a8c60e01c168a52019960f01c1615158952604051998a525116602089015251166040870152511660608501525116608083015251151560a0820152f35b503461011e57610373366116e5565b92908490841580156106a2575b6106765760018501928386116106495761039c84939293611dcd565b946103aa6040519687611849565b8486527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06103d786611dcd565b013660208801377fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe061042161040b87611dcd565b966104196040519889611849565b808852611dcd565b013660208701378792889489955b898710156105bd578660061b82019561044787611de5565b9173ffffffffffffffffffffffffffffffffffffffff61046689611de5565b1690811580156105a6575b61057a57896104f9575b5050819660200161048b90611a52565b61ffff1661049891611897565b926104a38585611774565b6104ad9087611774565b6305f5e1009004916104bf898c611ad1565b9073ffffffffffffffffffffffffffffffffffffffff1690526104e2908261188a565b6104ec888a611ad1565b529560010195919461042f565b73ffffffffffffffffffffffffffffffffffffffff169081811461054f5710610523575f8061047b565b60248c897f314be1d1000000000000000000000000000000000000000000000000000000008252600452fd5b7f55096518000000000000000000000000000000000000000000000000000000008e5260045260248dfd5b60248e8b7f9853ab9d000000000000000000000000000000000000000000000000000000008252600452fd5b5061ffff6105b660208b01611a52565b1615610471565b82888b878e8d8b612710810361061e57509161061495916105e1856105e795611ad1565b5261188a565b6105f18284611ad1565b526105fc8183611ad1565b51908252604051928392604084526040840190611741565b9060208301520390f35b7f49d8063a000000000000000000000000000000000000000000000000000000008352600452602482fd5b6024877f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b602486867f68ccb84b000000000000000000000000000000000000000000000000000000008252600452fd5b5060648511610380565b503461011e5760c060031936011261011e5760043560a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc360112610abc576106f481611b12565b61ffff6106ff611a41565b16610aaf57611b585b61ffff81166127108111610a4a576bffffffffffffffffffffffff61072b611a61565b16610a3c57670de0b6b3a7640000915b6fffffffffffffffffffffffffffffffff610754611a7c565b16156109d7576fffffffffffffffffffffffffffffffff610773611a9b565b16156109725783927f52e4b324f24f67ba4daad849e9d5301691c993f384b57bebe1c61c07fb33908b9260809285885260026020527e01000000000000000000000000000000000000000000000000000000000000600160408a206fffffffffffffffffffffffffffffffff6107e7611a7c565b167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416178155610817611a9b565b6fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff000000000000000000000000000000008354928a1b16911617815501917dffff0000000000000000000000000000000000000000000000000000000083547fff000000000000000000000000000000ffffffffffffffffffffffffffffffff7bffffffffffffffffffffffff00000000000000000000000000000000888a1b169116179160e01b16171790556bffffffffffffffffffffffff6108da611a7c565b926fffffffffffffffffffffffffffffffff6108f4611a9b565b81604051961686521660208501521660408301526060820152a267ffffffffffffffff61091f611aba565b16151580610945575b610930575080f35b6109429061093c611aba565b90611c1f565b80f35b5061094e611aba565b818352600360205267ffffffffffffffff80604085205460401c1691161415610928565b608485604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600960448301527f6d6178526577617264000000000000000000000000000000000000000000000060648301526024820152fd5b608485604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152601160448301527f746f6b656e7350657244656c74614f6e6500000000000000000000000000000060648301526024820152fd5b610a44611a61565b9161073b565b608490604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600e60448301527f636f6e7472696275746f7242707300000000000000000000000000000000000060648301526024820152fd5b610ab7611a41565b610708565b5080fd5b503461011e578060031936011261011e57602060405160648152f35b503461011e578060031936011261011e576020604051611b588152f35b3461116957610b07366116e5565b61012052610140529073ffffffffffffffffffffffffffffffffffffffff60015416330361131657805f52600260205260405f2091604051610b48816117e4565b60018454946fffffffffffffffffffffffffffffffff86168352602083019560801c865201549360408201916fffffffffffffffffffffffffffffffff86168352606081016bffffffffffffffffffffffff8760801c16815260ff608083019761ffff8160e01c16895260f01c1615801560a08401526112ea57516bffffffffffffffffffffffff168085106112bb5750610bfc916fffffffffffffffffffffffffffffffff8086935116915116906117be565b60a05260a05115611293576fffffffffffffffffffffffffffffffff8151168060a051116112625750610c45906fffffffffffffffffffffffffffffffff60a05191511661188a565b91805f526002602052600160405f20016fffffffffffffffffffffffffffffffff808516167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055604051937fd5e159c700000000000000000000000000000000000000000000000000000000855281600486015260608560248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561112f575f955f9261122d575b5073ffffffffffffffffffffffffffffffffffffffff8216156112015761ffff9051166080525f92610120511580156111f4575b6111c5576001610120510180610120511161119857610dd981610d9b610d8b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0949a98999a611dcd565b6040516101005261010051611849565b80610100515282610dab82611dcd565b01366020610100510137610dcf610dc182611dcd565b60405160e05260e051611849565b8060e05152611dcd565b0136602060e05101375f60c081905295865b6101205160c0511015610fb357610e0b60c05160061b6101405101611de5565b9073ffffffffffffffffffffffffffffffffffffffff610e3460c05160061b6101405101611de5565b169081158015610f92575b610f645760c051610ee1575b5050610ec2610e75829961ffff610e6e602060c05160061b610140510101611a52565b1690611897565b976305f5e100610e92610e8a6080518c611774565b60a051611774565b049273ffffffffffffffffffffffffffffffffffffffff610eb860c05161010051611ad1565b911690528261188a565b610ed060c05160e051611ad1565b5260c0805160010190529596610deb565b73ffffffffffffffffffffffffffffffffffffffff1690818114610f395710610f0b578880610e4b565b7f314be1d1000000000000000000000000000000000000000000000000000000005f5260c05160045260245ffd5b7f55096518000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f9853ab9d000000000000000000000000000000000000000000000000000000005f5260c05160045260245ffd5b5061ffff610fac602060c05160061b610140510101611a52565b1615610e3f565b508592939487612710810361116d575073ffffffffffffffffffffffffffffffffffffffff610fe86101205161010051611ad1565b9116809152610ff98460a05161188a565b6110086101205160e051611ad1565b5273ffffffffffffffffffffffffffffffffffffffff85163b1561116957604051947f7c88e3d90000000000000000000000000000000000000000000000000000000086528560448101604060048301526101005151809152606482019060206101005101905f5b81811061113a5750505091815f73ffffffffffffffffffffffffffffffffffffffff826110ac8760031983869a0301602484015260e051611741565b0393165af193841561112f577fa01463748918dd58ee1d3157573eeee95eb0c6773fcf0ff4aaa407b12cbf32d89560c09561111f575b506110ef8160a05161188a565b9060405194855260a051602086015260408501526060840152608083015260a0820152a2602060405160a0518152f35b5f61112991611849565b5f6110e2565b6040513d5f823e3d90fd5b825173ffffffffffffffffffffffffffffffffffffffff1684528a945060209384019390920191600101611070565b5f80fd5b7f49d8063a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f68ccb84b000000000000000000000000000000000000000000000000000000005f526101205160045260245ffd5b5060646101205111610d41565b827f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b909550611252915060603d60601161125b575b61124a8183611849565b810190611a14565b50909486610d0d565b503d611240565b7f29a8b5f0000000000000000000000000000000000000000000000000000000005f5260a05160045260245260445ffd5b7f9c1b2784000000000000000000000000000000000000000000000000000000005f5260045ffd5b847fa1169c93000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857f3755908d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346111695760206003193601126111695760043573ffffffffffffffffffffffffffffffffffffffff8116809103611169575f5473ffffffffffffffffffffffffffffffffffffffff8116330361131657817f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c927fffffffffffffffffffffffff000000000000000000000000000000000000000060209316175f55604051908152a1005b34611169575f6003193601126111695760206040516107d08152f35b346111695760206003193601126111695760043573ffffffffffffffffffffffffffffffffffffffff81168091036111695773ffffffffffffffffffffffffffffffffffffffff5f541633036113165760015473ffffffffffffffffffffffffffffffffffffffff81166114c657817f480b37e3d134e44cb444c9703493c7db564c707cb8a18cecea165f340431da1f927fffffffffffffffffffffffff00000000000000000000000000000000000000006020931617600155604051908152a1005b7f8952a343000000000000000000000000000000000000000000000000000000005f5260045ffd5b34611169576040600319360112611169576004356024356fffffffffffffffffffffffffffffffff81168091036111695773ffffffffffffffffffffffffffffffffffffffff5f541633036113165760207f869e2577b006bf47ee981cf6fec2e25583548081c14b98deab587f77b506803891835f5260028252600160405f2001817fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055604051908152a2005b34611169575f600319360112611169576020604051670de0b6b3a76400008152f35b34611169575f60031936011261116957602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b346111695760406003193601126111695760043560243567ffffffffffffffff81168082036111695761162783611b12565b156116375761163591611c1f565b005b60846040517f72504da200000000000000000000000000000000000000000000000000000000815260406004820152600560448201527f707269636500000000000000000000000000000000000000000000000000000060648201525f6024820152fd5b346111695760206003193601126111695760206116b96004356118a4565b604051908152f35b346111695760606003193601126111695760206116b96044356024356004356117be565b90606060031983011261116957600435916024359160443567ffffffffffffffff811161116957826023820112156111695780600401359267ffffffffffffffff84116111695760248460061b83010111611169576024019190565b90602080835192838152019201905f5b81811061175e5750505090565b8251845260209384019390920191600101611751565b8181029291811591840414171561119857565b8115611791570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b670de0b6b3a764000091926117d291611774565b04818111156117df575090565b905090565b60c0810190811067ffffffffffffffff82111761180057604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60a0810190811067ffffffffffffffff82111761180057604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761180057604052565b9190820391821161119857565b9190820180921161119857565b5f52600360205260405f20604051906118bc8261182d565b5467ffffffffffffffff81169081835267ffffffffffffffff8160401c16602084019281845264ffffffffff8360801c1690604086019282845264ffffffffff8560a81c1660ff606089019682885260d01c1615801560808a01526119e5574210156119db5750814211156119d2575064ffffffffff61193d81924261188a565b935116915116900364ffffffffff81116111985764ffffffffff169067ffffffffffffffff8351169367ffffffffffffffff815116808610156119b457506119b194506119ab92916119a167ffffffffffffffff806119a69451169651168661188a565b611774565b611787565b9061188a565b90565b935050906119a66119cc926119a1856119b19761188a565b90611897565b94505050505090565b9550505050505090565b50505050505050506107d090565b519073ffffffffffffffffffffffffffffffffffffffff8216820361116957565b9081606091031261116957611a28816119f3565b916119b16040611a3a602085016119f3565b93016119f3565b60843561ffff811681036111695790565b3561ffff811681036111695790565b6064356bffffffffffffffffffffffff811681036111695790565b6024356fffffffffffffffffffffffffffffffff811681036111695790565b6044356fffffffffffffffffffffffffffffffff811681036111695790565b60a43567ffffffffffffffff811681036111695790565b8051821015611ae55760209160051b010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff5f54163314611c1c576040517fd5e159c700000000000000000000000000000000000000000000000000000000815281600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa801561112f5773ffffffffffffffffffffffffffffffffffffffff915f91611bfb575b5016908115611bd05750330361131657565b7f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b611c14915060603d60601161125b5761124a8183611849565b50505f611bbe565b50565b9067ffffffffffffffff611c32836118a4565b169064ffffffffff42169162278d00830164ffffffffff8111611198577f0a8ae8464501f5f7561ed6751812dbadb0f1f5e521e0d0917a9be8aa78c7b56693608093604051611c808161182d565b84815267ffffffffffffffff602082019216918281526040820184815264ffffffffff606084019616958681527fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff89850192600184528c5f5260036020527fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff60405f209751167fffffffffffffffffffffff0000000000000000000000000000000000000000007aff000000000000000000000000000000000000000000000000000079ffffffffff00000000000000000000000000000000000000000074ffffffffff000000000000000000000000000000006fffffffffffffffff00000000000000008c549b5160401b16965160801b16975160a81b169751151560d01b169716171617161717179055604051938452602084015260408301526060820152a2565b67ffffffffffffffff81116118005760051b60200190565b3573ffffffffffffffffffffffffffffffffffffffff81168103611169579056",
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
// Solidity: function rewardConfig(uint256 modelId) view returns((uint128,uint128,uint128,uint96,uint16,bool))
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
// Solidity: function rewardConfig(uint256 modelId) view returns((uint128,uint128,uint128,uint96,uint16,bool))
func (tokenManager *TokenManager) TryPackRewardConfig(modelId *big.Int) ([]byte, error) {
	return tokenManager.abi.Pack("rewardConfig", modelId)
}

// UnpackRewardConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc087015a.
//
// Solidity: function rewardConfig(uint256 modelId) view returns((uint128,uint128,uint128,uint96,uint16,bool))
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
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["RepeatedContributor"].ID.Bytes()[:4]) {
		return tokenManager.UnpackRepeatedContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], tokenManager.abi.Errors["RewardNotConfigured"].ID.Bytes()[:4]) {
		return tokenManager.UnpackRewardNotConfiguredError(raw[4:])
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCreditVault\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"contractIModelDirectory\",\"name\":\"directory_\",\"type\":\"address\"},{\"internalType\":\"contractIPriceSource\",\"name\":\"priceSource_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"BadSetting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"name\":\"BatchAlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"}],\"name\":\"ParentAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"entries\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"infra\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolFee\",\"type\":\"uint256\"}],\"name\":\"BatchSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolFeeBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"infraRecipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"infraBps\",\"type\":\"uint256\"}],\"name\":\"FeesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"calls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"infra\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"royalty\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"}],\"name\":\"ModelFeesSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"}],\"name\":\"ParentSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"royaltyBps\",\"type\":\"uint256\"}],\"name\":\"RoyaltySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SettlerSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INFRA_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROTOCOL_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"batchSettled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"directory\",\"outputs\":[{\"internalType\":\"contractIModelDirectory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"infraBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"infraRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isSettler\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"callCount\",\"type\":\"uint256\"}],\"name\":\"packEntry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"parentOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"pricePerCall\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priceSource\",\"outputs\":[{\"internalType\":\"contractIPriceSource\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"royaltyBpsOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps_\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"infraRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"infraBps_\",\"type\":\"uint16\"}],\"name\":\"setFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"}],\"name\":\"setParent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"}],\"name\":\"setRoyalty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setSettler\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"entries\",\"type\":\"uint256[]\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"usdc\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractCreditVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "58100cd9a580fafface9f7afbc4afa4b33",
	Bin: "0x610100806040523461016e576080816120a880380380916100208285610185565b83398101031261016e578051906001600160a01b03821680830361016e576020820151906001600160a01b038216820361016e576040830151926001600160a01b038416840361016e57606001516001600160a01b038116949085900361016e57608052604051631f209df760e11b815290602090829060049082905afa90811561017a575f91610134575b5060a05260c05260e0525f80546001600160a01b031916919091179055604051611eeb90816101bd823960805181818161015c0152610bcd015260a051818181610d0e01528181610d56015281816111e60152611c3c015260c0518181816105b3015281816113a70152818161150a0152611b7f015260e05181818161161a015261169a0152f35b90506020813d602011610172575b8161014f60209383610185565b8101031261016e57516001600160a01b038116810361016e575f6100ac565b5f80fd5b3d9150610142565b6040513d5f823e3d90fd5b601f909101601f19168101906001600160401b038211908210176101a857604052565b634e487b7160e01b5f52604160045260245ffdfe6101a0806040526004361015610013575f80fd5b5f3560e01c90816308c3c97d146118525750806311e3d8d7146117075780631fba80ef1461163e57806320531bc9146115ee578063223e97be1461129557806324f7bb571461127957806333a6af591461124a57806335659fb8146112265780633dca40e61461120a5780633e413bee146111ba578063407e2d801461119657806344eeaa071461099c5780634d1fcd03146109525780635b1ab4341461093657806361d027b3146109035780636d947e4b146108e7578063704b6c021461084357806377a35465146107845780639c62a62f146105d7578063c41c2f2414610587578063c572d8a114610554578063cfa3c13214610522578063f22c29da146101b6578063f851a440146101845763fbfa77cf14610130575f80fd5b34610180575f60031936011261018057602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b34610180575f60031936011261018057602073ffffffffffffffffffffffffffffffffffffffff5f5416604051908152f35b34610180576080600319360112610180576101cf6118ff565b6101d76118ee565b906044359173ffffffffffffffffffffffffffffffffffffffff8316809303610180576064359261ffff8416908185036101805773ffffffffffffffffffffffffffffffffffffffff5f541633036104f65761ffff83166103e8811161049157611388831161042c578015158061040e575b6103aa57821515806103a2575b61033e577f61faf6e1986e9bc8b3db1456c76e74ab4bd0fd04b4ef11224793ff85bac285da9573ffffffffffffffffffffffffffffffffffffffff6080961694857fffffffffffffffffffff0000000000000000000000000000000000000000000075ffff00000000000000000000000000000000000000006001549360a01b1692161717600155827fffffffffffffffffffff0000000000000000000000000000000000000000000075ffff00000000000000000000000000000000000000006002549360a01b1692161717600255604051938452602084015260408301526060820152a1005b60846040517f72504da200000000000000000000000000000000000000000000000000000000815260406004820152600e60448201527f696e667261526563697069656e7400000000000000000000000000000000000060648201525f6024820152fd5b508115610256565b60846040517f72504da200000000000000000000000000000000000000000000000000000000815260406004820152600860448201527f747265617375727900000000000000000000000000000000000000000000000060648201525f6024820152fd5b5073ffffffffffffffffffffffffffffffffffffffff851615610249565b608483604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600860448301527f696e66726142707300000000000000000000000000000000000000000000000060648301526024820152fd5b608490604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600e60448301527f70726f746f636f6c46656542707300000000000000000000000000000000000060648301526024820152fd5b7f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610180576020600319360112610180576004355f526005602052602062ffffff60405f205460a01c16604051908152f35b34610180575f60031936011261018057602073ffffffffffffffffffffffffffffffffffffffff60025416604051908152f35b34610180575f60031936011261018057602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610180576080600319360112610180576105f06118ff565b60443560643560243562ffffff811161071f5765ffffffffffff83116106ba5762ffffff8211610655576020937fffffffffffffffffffffffffffffffffffffffff0000000000000000000000006040519460181b9260481b9160601b161717178152f35b608482604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600560448301527f63616c6c7300000000000000000000000000000000000000000000000000000060648301526024820152fd5b608483604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600660448301527f616d6f756e74000000000000000000000000000000000000000000000000000060648301526024820152fd5b608490604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600760448301527f6d6f64656c49640000000000000000000000000000000000000000000000000060648301526024820152fd5b346101805760406003193601126101805761079d6118ff565b602435908115158092036101805773ffffffffffffffffffffffffffffffffffffffff5f541633036104f657602073ffffffffffffffffffffffffffffffffffffffff7fbfa6acf022b8bc9f4df4ed4ce022b7d18db613e8a4864052b907aac9a7521b13921692835f526003825260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541660ff8316179055604051908152a2005b346101805760206003193601126101805761085c6118ff565b5f5473ffffffffffffffffffffffffffffffffffffffff811633036104f6577fffffffffffffffffffffffff000000000000000000000000000000000000000060209173ffffffffffffffffffffffffffffffffffffffff7f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c941691829116175f55604051908152a1005b34610180575f6003193601126101805760206040516103e88152f35b34610180575f60031936011261018057602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b34610180575f6003193601126101805760206040516101f48152f35b346101805760206003193601126101805773ffffffffffffffffffffffffffffffffffffffff6109806118ff565b165f526003602052602060ff60405f2054166040519015158152f35b346101805760406003193601126101805760243567ffffffffffffffff8111610180573660238201121561018057806004013567ffffffffffffffff8111610180578060051b90366024838501011161018057335f52600360205260ff60405f205416156104f6576004355f52600460205260ff60405f205416611168578015611140576004355f52600460205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055610a6081611a15565b61014052610a6d81611a15565b610a7682611a15565b6080525f905f19915f935f5b81811015610b435760248160051b8901013562ffffff8160481c16868103610af3575b509062ffffff8265ffffffffffff60019460181c16610ac48a89611a64565b5101610ad08a89611a64565b5216610ade88608051611a64565b5101610aec88608051611a64565b5201610a82565b809750610b069196508461014051611ab3565b95838714610b19575b9462ffffff610aa5565b929062ffffff610b398386610b3360019661014051611a64565b52611aa5565b9491925050610b0f565b5085877f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff604051937f40431ea60000000000000000000000000000000000000000000000000000000085526020600486015280602486015211610180576044838360209460248395018484013781010301815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af18015610e5d575f60c05261110d575b508060011b7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821682036110e05780610c39610c4192611a15565b60e052611a15565b60a05280610100525f5b8181106110bc57509061ffff60015460a01c169061ffff60025460a01c165f925f945f610160525f610160525b806101605110610e715784865f5b610100518110610d7f575081610d37575b80610cef575b61014051519160405192835260c0516020840152604083015260608201527fe935d1c304c5f0ec7b58497b624a7dbb0f051c2869923ae9625d90528bd72319608060043592a2602060405160c0518152f35b610d328173ffffffffffffffffffffffffffffffffffffffff600154167f0000000000000000000000000000000000000000000000000000000000000000611e85565b610c9d565b610d7a8273ffffffffffffffffffffffffffffffffffffffff600254167f0000000000000000000000000000000000000000000000000000000000000000611e85565b610c97565b610d8b8160a051611a64565b51908115610e6857610d9f8160e051611a64565b5191610daa83611b19565b9273ffffffffffffffffffffffffffffffffffffffff6040519416938481528260208201527faf1a6a37f301f5acd7d185714c733a6529b8b769ef4e76a04da6a3c65281250e604060043592a3823b15610180575f926024849260405195869384927febdac09000000000000000000000000000000000000000000000000000000000845260048401525af1918215610e5d57600192610e4d575b505b01610c86565b5f610e579161196b565b84610e45565b6040513d5f823e3d90fd5b60019150610e47565b610e816101605161014051611a64565b51610e8f6101605186611a64565b51612710610e9d8683611aec565b0461018052612710610eaf8583611aec565b0461012052815f52600560205260405f2060405190610ecd82611922565b549773ffffffffffffffffffffffffffffffffffffffff8916825262ffffff8960a01c169889602084015261ffff8160b81c169081604085015260ff808260c81c1615159182606087015260d01c16151560808501525f9a61100b575b5050610f82610f8d91610f68610f538c610f4e61012051610f4e610180518b611b0c565b611b0c565b610f626101605160a051611a64565b51611aff565b610f776101605160a051611a64565b526101805190611aff565b996101205190611aff565b9762ffffff6020610fa361016051608051611a64565b5193015116916040519384526020840152610180516040840152610120516060840152608083015260a08201527fa58c7b260f2cd6f8f4a11915ad03f1efef68b60aac8934a6e0ac37e0e4f0193560c060043592a36001610160510161016052949394610c78565b91995090156110a457610f8261271061102c61ffff610f8d945b1686611aec565b049961104762ffffff6020860151166101005160e051611ab3565b610100518114611075575b61106e6110658d610f628460a051611a64565b9160a051611a64565b5291610f2a565b62ffffff60208601511661108e6101005160e051611a64565b5261109b61010051611aa5565b61010052611052565b50610f8d610f8261271061102c61ffff6101f4611025565b806110cc60019261014051611a64565b516110d98260e051611a64565b5201610c4b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6020813d602011611138575b816111266020938361196b565b81010312610180575160c05282610bfe565b3d9150611119565b7fc2e5347d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7ffc2bcaec000000000000000000000000000000000000000000000000000000005f5260043560045260245ffd5b34610180575f60031936011261018057602061ffff60025460a01c16604051908152f35b34610180575f60031936011261018057602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610180575f6003193601126101805760206040516107d08152f35b34610180575f60031936011261018057602061ffff60015460a01c16604051908152f35b34610180576020600319360112610180576004355f526004602052602060ff60405f2054166040519015158152f35b34610180575f6003193601126101805760206040516113888152f35b3461018057604060031936011261018057600435602435815f52600560205260405f2073ffffffffffffffffffffffffffffffffffffffff5f541633036114c1575b82821480156114b5575b611450578161135e575b7f182b4026738874db247642ec3402777c932ba051845f2ea293acc8f0e2834f319181602092547fffffffffffffffffff000000ffffffffffffffffffffffffffffffffffffffff76ffffff00000000000000000000000000000000000000008460a01b169116179055604051908152a2005b6040517fd5e159c700000000000000000000000000000000000000000000000000000000815282600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015610e5d5773ffffffffffffffffffffffffffffffffffffffff915f9161141e575b50166112eb57507f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b611440915060603d606011611449575b611438818361196b565b8101906119cd565b915050856113ec565b503d61142e565b608482604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600860448301527f706172656e74496400000000000000000000000000000000000000000000000060648301526024820152fd5b5062ffffff82116112e1565b6040517fd5e159c700000000000000000000000000000000000000000000000000000000815283600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015610e5d5773ffffffffffffffffffffffffffffffffffffffff915f916115cd575b501680156115a15733036104f65762ffffff815460a01c168061157257506112d7565b837f36796623000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b837f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6115e6915060603d60601161144957611438818361196b565b50508561154f565b34610180575f60031936011261018057602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610180576020600319360112610180576040517f1fba80ef000000000000000000000000000000000000000000000000000000008152600435600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015610e5d575f906116d4575b602090604051908152f35b506020813d6020116116ff575b816116ee6020938361196b565b8101031261018057602090516116c9565b3d91506116e1565b34610180576040600319360112610180576004356117236118ee565b73ffffffffffffffffffffffffffffffffffffffff5f541633036104f65761ffff8116906107d082116117ed577f2f38e4d1636e7779ad62cfa88be99a558be72503fa6916e4ea7ff7cc6a91b6e691602091845f526005835279010000000000000000000000000000000000000000000000000060405f20917fffffffffffff000000ffffffffffffffffffffffffffffffffffffffffffffff78ffff000000000000000000000000000000000000000000000084549260b81b16911617179055604051908152a2005b608482604051907f72504da200000000000000000000000000000000000000000000000000000000825260406004830152600a60448301527f726f79616c74794270730000000000000000000000000000000000000000000060648301526024820152fd5b34610180576020600319360112610180576004355f52600560205260405f2061187a82611922565b5473ffffffffffffffffffffffffffffffffffffffff8116825262ffffff8160a01c16602083015261ffff8160b81c1691826040820152608060ff808460c81c1615159384606085015260d01c1615159101525f146118e3576020905b61ffff60405191168152f35b5060206101f46118d7565b6024359061ffff8216820361018057565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361018057565b60a0810190811067ffffffffffffffff82111761193e57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761193e57604052565b519073ffffffffffffffffffffffffffffffffffffffff8216820361018057565b90816060910312610180576119e1816119ac565b916119fa60406119f3602085016119ac565b93016119ac565b90565b67ffffffffffffffff811161193e5760051b60200190565b90611a1f826119fd565b611a2c604051918261196b565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0611a5a82946119fd565b0190602036910137565b8051821015611a785760209160051b010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f1981146110e05760010190565b92915f935b828510611ac457505050565b9091929382611ad38284611a64565b5114611ae55760010193929190611ab8565b9250505090565b818102929181159184041417156110e057565b919082018092116110e057565b919082039182116110e057565b90815f52600560205260405f2091825460ff8160d01c16611e6a5750604051927fd5e159c700000000000000000000000000000000000000000000000000000000845281600485015260608460248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa938415610e5d575f94611e46575b5073ffffffffffffffffffffffffffffffffffffffff8416918215611e1b5750817fffffffffffffffffffffffff00000000000000000000000000000000000000008254161781557a0100000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790557f0000000000000000000000000000000000000000000000000000000000000000906040517f095ea7b3000000000000000000000000000000000000000000000000000000005f52816004525f1960245260205f60448180875af19060015f5114821615611e0c575b60405215611caf575050565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f52816004525f60245260205f60448180875af19060015f5114821615611df4575b60405215611db257604051907f095ea7b3000000000000000000000000000000000000000000000000000000005f526004525f1960245260205f60448180865af19060015f5114821615611d91575b60405215611d4f5750565b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b906001811516611da957823b15153d15161690611d44565b503d5f823e3d90fd5b73ffffffffffffffffffffffffffffffffffffffff827f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b906001811516611da957833b15153d15161690611cf5565b90833b15153d15161690611ca3565b7f2380022d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b611e6091945060603d60601161144957611438818361196b565b915050925f611baf565b73ffffffffffffffffffffffffffffffffffffffff16925050565b9173ffffffffffffffffffffffffffffffffffffffff604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615611d915760405215611d4f575056",
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
// Solidity: function parentOf(uint256 modelId) view returns(uint256)
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
// Solidity: function parentOf(uint256 modelId) view returns(uint256)
func (usageFeeRouter *UsageFeeRouter) TryPackParentOf(modelId *big.Int) ([]byte, error) {
	return usageFeeRouter.abi.Pack("parentOf", modelId)
}

// UnpackParentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfa3c132.
//
// Solidity: function parentOf(uint256 modelId) view returns(uint256)
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

// PackSetParent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x223e97be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParent(uint256 modelId, uint256 parentId) returns()
func (usageFeeRouter *UsageFeeRouter) PackSetParent(modelId *big.Int, parentId *big.Int) []byte {
	enc, err := usageFeeRouter.abi.Pack("setParent", modelId, parentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x223e97be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParent(uint256 modelId, uint256 parentId) returns()
func (usageFeeRouter *UsageFeeRouter) TryPackSetParent(modelId *big.Int, parentId *big.Int) ([]byte, error) {
	return usageFeeRouter.abi.Pack("setParent", modelId, parentId)
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

// UsageFeeRouterParentSet represents a ParentSet event raised by the UsageFeeRouter contract.
type UsageFeeRouterParentSet struct {
	ModelId  *big.Int
	ParentId *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const UsageFeeRouterParentSetEventName = "ParentSet"

// ContractEventName returns the user-defined event name.
func (UsageFeeRouterParentSet) ContractEventName() string {
	return UsageFeeRouterParentSetEventName
}

// UnpackParentSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParentSet(uint256 indexed modelId, uint256 parentId)
func (usageFeeRouter *UsageFeeRouter) UnpackParentSetEvent(log *types.Log) (*UsageFeeRouterParentSet, error) {
	event := "ParentSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageFeeRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageFeeRouterParentSet)
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
	if bytes.Equal(raw[:4], usageFeeRouter.abi.Errors["ParentAlreadySet"].ID.Bytes()[:4]) {
		return usageFeeRouter.UnpackParentAlreadySetError(raw[4:])
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

// UsageFeeRouterParentAlreadySet represents a ParentAlreadySet error raised by the UsageFeeRouter contract.
type UsageFeeRouterParentAlreadySet struct {
	ModelId  *big.Int
	ParentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentAlreadySet(uint256 modelId, uint256 parentId)
func UsageFeeRouterParentAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x3679662301ceb13c21a3d5b54be7842fc3066b345c59dd86549f794947e8b812")
}

// UnpackParentAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentAlreadySet(uint256 modelId, uint256 parentId)
func (usageFeeRouter *UsageFeeRouter) UnpackParentAlreadySetError(raw []byte) (*UsageFeeRouterParentAlreadySet, error) {
	out := new(UsageFeeRouterParentAlreadySet)
	if err := usageFeeRouter.abi.UnpackIntoInterface(out, "ParentAlreadySet", raw); err != nil {
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
