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

// OwnerVestingMetaData contains all meta data concerning the OwnerVesting contract.
var OwnerVestingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToRelease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalReleased\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"beneficiary\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"modelId_\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"total_\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"start_\",\"type\":\"uint64\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIOwnerSource\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"total\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"t\",\"type\":\"uint64\"}],\"name\":\"vestedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OwnerVesting",
	Bin: "0x6080806040523460aa575f516020610a225f395f51905f525460ff8160401c16609b576002600160401b03196001600160401b038216016049575b60405161097390816100af8239f35b6001600160401b0319166001600160401b039081175f516020610a225f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80603a565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081632ddbd13a1461074457508063334001a91461043057806338af3eed146103f857806343cdaad2146103d85780637b103999146103a557806386d1a69f146101b45780639613252114610194578063be9a65551461016b578063cf30901214610128578063eb71157f146100f8578063fbccedae146100d65763fc0c546a146100a0575f80fd5b346100d2575f6003193601126100d257602073ffffffffffffffffffffffffffffffffffffffff5f5416604051908152f35b5f80fd5b346100d2575f6003193601126100d25760206100f06108f3565b604051908152f35b346100d25760206003193601126100d25760043567ffffffffffffffff811681036100d2576100f06020916108be565b346100d2575f6003193601126100d25760206100f06fffffffffffffffffffffffffffffffff6002541661016567ffffffffffffffff42166108be565b906108b1565b346100d2575f6003193601126100d257602067ffffffffffffffff5f5460a01c16604051908152f35b346100d2575f6003193601126100d257602060025460801c604051908152f35b346100d2575f6003193601126100d2576101cc6108f3565b801561037d576002546fffffffffffffffffffffffffffffffff82168160801c01906fffffffffffffffffffffffffffffffff8211610350576fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff0000000000000000000000000000000060409360801b16911617806002557f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd73ffffffffffffffffffffffffffffffffffffffff610283610791565b1692839281519086825260801c6020820152a273ffffffffffffffffffffffffffffffffffffffff5f541691604051917fa9059cbb000000000000000000000000000000000000000000000000000000005f526004528060245260205f60448180875af160015f5114811615610331575b826040521561030557602092508152f35b827f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600181151661034757833b15153d1516166102f4565b823d5f823e3d90fd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fb10205ed000000000000000000000000000000000000000000000000000000005f5260045ffd5b346100d2575f6003193601126100d257602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b346100d2575f6003193601126100d257602060015460a01c604051908152f35b346100d2575f6003193601126100d2576020610412610791565b73ffffffffffffffffffffffffffffffffffffffff60405191168152f35b346100d25760a06003193601126100d25760043573ffffffffffffffffffffffffffffffffffffffff81168091036100d25760243573ffffffffffffffffffffffffffffffffffffffff81168091036100d257604435906bffffffffffffffffffffffff821682036100d257606435916fffffffffffffffffffffffffffffffff83168093036100d2576084359067ffffffffffffffff821682036100d2577ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00549160ff8360401c16159567ffffffffffffffff84168015908161073c575b6001149081610732575b159081610729575b5061070157838760017fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000007fffffffffffffffffffffffff00000000000000000000000000000000000000009716177ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00556106ac575b507fffffffff000000000000000000000000000000000000000000000000000000007bffffffffffffffff00000000000000000000000000000000000000005f549360a01b16921617175f5560a01b16176001557fffffffffffffffffffffffffffffffff00000000000000000000000000000000600254161760025561061957005b7fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0054167ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a1005b7fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000001668010000000000000001177ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005587610596565b7ff92ee8a9000000000000000000000000000000000000000000000000000000005f5260045ffd5b90501588610521565b303b159150610519565b88915061050f565b346100d2575f6003193601126100d2576020906fffffffffffffffffffffffffffffffff600254168152f35b519073ffffffffffffffffffffffffffffffffffffffff821682036100d257565b73ffffffffffffffffffffffffffffffffffffffff60606001546024604051809481937fd5e159c70000000000000000000000000000000000000000000000000000000083528060a01c6004840152165afa9081156108a6575f916107f4575090565b905060603d60601161089f575b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f820116820182811067ffffffffffffffff821117610872576060918391604052810103126100d25761086e604061085a83610770565b9261086760208201610770565b5001610770565b5090565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b503d610801565b6040513d5f823e3d90fd5b9190820391821161035057565b6108f0906fffffffffffffffffffffffffffffffff600254169067ffffffffffffffff805f5460a01c16911691610915565b90565b6108f061090967ffffffffffffffff42166108be565b60025460801c906108b1565b9091600a8204928082111561096d5761092d916108b1565b906301e133808210156109675782610944916108b1565b818102918183041490151715610350576301e13380900481018091116103505790565b91505090565b5050509056f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// OwnerVesting is an auto generated Go binding around an Ethereum contract.
type OwnerVesting struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OwnerVesting) GetABI() abi.ABI {
	return c.abi
}

// NewOwnerVesting creates a new instance of OwnerVesting.
func NewOwnerVesting() *OwnerVesting {
	parsed, err := OwnerVestingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OwnerVesting{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OwnerVesting) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38af3eed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beneficiary() view returns(address owner)
func (ownerVesting *OwnerVesting) PackBeneficiary() []byte {
	enc, err := ownerVesting.abi.Pack("beneficiary")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38af3eed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beneficiary() view returns(address owner)
func (ownerVesting *OwnerVesting) TryPackBeneficiary() ([]byte, error) {
	return ownerVesting.abi.Pack("beneficiary")
}

// UnpackBeneficiary is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38af3eed.
//
// Solidity: function beneficiary() view returns(address owner)
func (ownerVesting *OwnerVesting) UnpackBeneficiary(data []byte) (common.Address, error) {
	out, err := ownerVesting.abi.Unpack("beneficiary", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x334001a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address token_, address registry_, uint96 modelId_, uint128 total_, uint64 start_) returns()
func (ownerVesting *OwnerVesting) PackInitialize(token common.Address, registry common.Address, modelId *big.Int, total *big.Int, start uint64) []byte {
	enc, err := ownerVesting.abi.Pack("initialize", token, registry, modelId, total, start)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x334001a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address token_, address registry_, uint96 modelId_, uint128 total_, uint64 start_) returns()
func (ownerVesting *OwnerVesting) TryPackInitialize(token common.Address, registry common.Address, modelId *big.Int, total *big.Int, start uint64) ([]byte, error) {
	return ownerVesting.abi.Pack("initialize", token, registry, modelId, total, start)
}

// PackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf309012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locked() view returns(uint256)
func (ownerVesting *OwnerVesting) PackLocked() []byte {
	enc, err := ownerVesting.abi.Pack("locked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf309012.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locked() view returns(uint256)
func (ownerVesting *OwnerVesting) TryPackLocked() ([]byte, error) {
	return ownerVesting.abi.Pack("locked")
}

// UnpackLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf309012.
//
// Solidity: function locked() view returns(uint256)
func (ownerVesting *OwnerVesting) UnpackLocked(data []byte) (*big.Int, error) {
	out, err := ownerVesting.abi.Unpack("locked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelId() view returns(uint96)
func (ownerVesting *OwnerVesting) PackModelId() []byte {
	enc, err := ownerVesting.abi.Pack("modelId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelId() view returns(uint96)
func (ownerVesting *OwnerVesting) TryPackModelId() ([]byte, error) {
	return ownerVesting.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(uint96)
func (ownerVesting *OwnerVesting) UnpackModelId(data []byte) (*big.Int, error) {
	out, err := ownerVesting.abi.Unpack("modelId", data)
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
func (ownerVesting *OwnerVesting) PackRegistry() []byte {
	enc, err := ownerVesting.abi.Pack("registry")
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
func (ownerVesting *OwnerVesting) TryPackRegistry() ([]byte, error) {
	return ownerVesting.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (ownerVesting *OwnerVesting) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := ownerVesting.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbccedae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable() view returns(uint256)
func (ownerVesting *OwnerVesting) PackReleasable() []byte {
	enc, err := ownerVesting.abi.Pack("releasable")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbccedae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable() view returns(uint256)
func (ownerVesting *OwnerVesting) TryPackReleasable() ([]byte, error) {
	return ownerVesting.abi.Pack("releasable")
}

// UnpackReleasable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbccedae.
//
// Solidity: function releasable() view returns(uint256)
func (ownerVesting *OwnerVesting) UnpackReleasable(data []byte) (*big.Int, error) {
	out, err := ownerVesting.abi.Unpack("releasable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release() returns(uint256 amount)
func (ownerVesting *OwnerVesting) PackRelease() []byte {
	enc, err := ownerVesting.abi.Pack("release")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release() returns(uint256 amount)
func (ownerVesting *OwnerVesting) TryPackRelease() ([]byte, error) {
	return ownerVesting.abi.Pack("release")
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d1a69f.
//
// Solidity: function release() returns(uint256 amount)
func (ownerVesting *OwnerVesting) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := ownerVesting.abi.Unpack("release", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96132521.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released() view returns(uint128)
func (ownerVesting *OwnerVesting) PackReleased() []byte {
	enc, err := ownerVesting.abi.Pack("released")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96132521.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function released() view returns(uint128)
func (ownerVesting *OwnerVesting) TryPackReleased() ([]byte, error) {
	return ownerVesting.abi.Pack("released")
}

// UnpackReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96132521.
//
// Solidity: function released() view returns(uint128)
func (ownerVesting *OwnerVesting) UnpackReleased(data []byte) (*big.Int, error) {
	out, err := ownerVesting.abi.Unpack("released", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start() view returns(uint64)
func (ownerVesting *OwnerVesting) PackStart() []byte {
	enc, err := ownerVesting.abi.Pack("start")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start() view returns(uint64)
func (ownerVesting *OwnerVesting) TryPackStart() ([]byte, error) {
	return ownerVesting.abi.Pack("start")
}

// UnpackStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe9a6555.
//
// Solidity: function start() view returns(uint64)
func (ownerVesting *OwnerVesting) UnpackStart(data []byte) (uint64, error) {
	out, err := ownerVesting.abi.Unpack("start", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (ownerVesting *OwnerVesting) PackToken() []byte {
	enc, err := ownerVesting.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (ownerVesting *OwnerVesting) TryPackToken() ([]byte, error) {
	return ownerVesting.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (ownerVesting *OwnerVesting) UnpackToken(data []byte) (common.Address, error) {
	out, err := ownerVesting.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ddbd13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function total() view returns(uint128)
func (ownerVesting *OwnerVesting) PackTotal() []byte {
	enc, err := ownerVesting.abi.Pack("total")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ddbd13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function total() view returns(uint128)
func (ownerVesting *OwnerVesting) TryPackTotal() ([]byte, error) {
	return ownerVesting.abi.Pack("total")
}

// UnpackTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ddbd13a.
//
// Solidity: function total() view returns(uint128)
func (ownerVesting *OwnerVesting) UnpackTotal(data []byte) (*big.Int, error) {
	out, err := ownerVesting.abi.Unpack("total", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVestedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb71157f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestedAt(uint64 t) view returns(uint256)
func (ownerVesting *OwnerVesting) PackVestedAt(t uint64) []byte {
	enc, err := ownerVesting.abi.Pack("vestedAt", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb71157f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestedAt(uint64 t) view returns(uint256)
func (ownerVesting *OwnerVesting) TryPackVestedAt(t uint64) ([]byte, error) {
	return ownerVesting.abi.Pack("vestedAt", t)
}

// UnpackVestedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb71157f.
//
// Solidity: function vestedAt(uint64 t) view returns(uint256)
func (ownerVesting *OwnerVesting) UnpackVestedAt(data []byte) (*big.Int, error) {
	out, err := ownerVesting.abi.Unpack("vestedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// OwnerVestingInitialized represents a Initialized event raised by the OwnerVesting contract.
type OwnerVestingInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const OwnerVestingInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (OwnerVestingInitialized) ContractEventName() string {
	return OwnerVestingInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (ownerVesting *OwnerVesting) UnpackInitializedEvent(log *types.Log) (*OwnerVestingInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownerVesting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnerVestingInitialized)
	if len(log.Data) > 0 {
		if err := ownerVesting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownerVesting.abi.Events[event].Inputs {
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

// OwnerVestingReleased represents a Released event raised by the OwnerVesting contract.
type OwnerVestingReleased struct {
	Beneficiary   common.Address
	Amount        *big.Int
	TotalReleased *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const OwnerVestingReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (OwnerVestingReleased) ContractEventName() string {
	return OwnerVestingReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed beneficiary, uint256 amount, uint256 totalReleased)
func (ownerVesting *OwnerVesting) UnpackReleasedEvent(log *types.Log) (*OwnerVestingReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownerVesting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnerVestingReleased)
	if len(log.Data) > 0 {
		if err := ownerVesting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownerVesting.abi.Events[event].Inputs {
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
func (ownerVesting *OwnerVesting) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ownerVesting.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return ownerVesting.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownerVesting.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return ownerVesting.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownerVesting.abi.Errors["NothingToRelease"].ID.Bytes()[:4]) {
		return ownerVesting.UnpackNothingToReleaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownerVesting.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return ownerVesting.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OwnerVestingInvalidInitialization represents a InvalidInitialization error raised by the OwnerVesting contract.
type OwnerVestingInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func OwnerVestingInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (ownerVesting *OwnerVesting) UnpackInvalidInitializationError(raw []byte) (*OwnerVestingInvalidInitialization, error) {
	out := new(OwnerVestingInvalidInitialization)
	if err := ownerVesting.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnerVestingNotInitializing represents a NotInitializing error raised by the OwnerVesting contract.
type OwnerVestingNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func OwnerVestingNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (ownerVesting *OwnerVesting) UnpackNotInitializingError(raw []byte) (*OwnerVestingNotInitializing, error) {
	out := new(OwnerVestingNotInitializing)
	if err := ownerVesting.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnerVestingNothingToRelease represents a NothingToRelease error raised by the OwnerVesting contract.
type OwnerVestingNothingToRelease struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRelease()
func OwnerVestingNothingToReleaseErrorID() common.Hash {
	return common.HexToHash("0xb10205edeefd80e578af702ef797c047792d88233398f772fc8ced7f779c0719")
}

// UnpackNothingToReleaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRelease()
func (ownerVesting *OwnerVesting) UnpackNothingToReleaseError(raw []byte) (*OwnerVestingNothingToRelease, error) {
	out := new(OwnerVestingNothingToRelease)
	if err := ownerVesting.abi.UnpackIntoInterface(out, "NothingToRelease", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnerVestingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the OwnerVesting contract.
type OwnerVestingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func OwnerVestingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (ownerVesting *OwnerVesting) UnpackSafeERC20FailedOperationError(raw []byte) (*OwnerVestingSafeERC20FailedOperation, error) {
	out := new(OwnerVestingSafeERC20FailedOperation)
	if err := ownerVesting.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
