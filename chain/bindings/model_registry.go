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

// ModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModel struct {
	Owner             common.Address
	Token             common.Address
	Pool              common.Address
	Vesting           common.Address
	Metric            uint8
	Direction         uint8
	License           uint8
	Baseline          *big.Int
	DeltaOne          *big.Int
	InitialSupply     *big.Int
	TokensPerDeltaOne *big.Int
	ExpectedDeltaOnes *big.Int
	CreatedAt         uint64
	Name              string
	Ticker            string
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFactory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"TickerTaken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"factory\",\"type\":\"address\"}],\"name\":\"FactorySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MinterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"vesting\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"ModelCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"vesting\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"license\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedDeltaOnes\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMinter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"modelAccounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"}],\"name\":\"modelIdByTicker\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"vesting\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"license\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedDeltaOnes\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"m\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"factory_\",\"type\":\"address\"}],\"name\":\"setFactory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60803460c157601f6114f938819003918201601f19168301916001600160401b0383118484101760c55780849260209460405283398101031260c157516001600160a01b0381169081900360c157801560ae57600180546001600160a01b03199081169091555f80549182168317815560405192916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a361141f90816100da8239f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081632bde708b146109a5575080635bb47808146109185780636d361694146105d6578063715018a61461053257806379ba5097146104485780638da5cb5b146104165780639979a4451461034b578063aa271e1a14610301578063c45a0155146102ce578063c6a645fe146102b1578063cf456ae7146101d9578063d5e159c71461018c578063e30c3978146101595763f2fde38b146100b6575f80fd5b346101555760206003193601126101555773ffffffffffffffffffffffffffffffffffffffff6100e4611107565b6100ec6113ff565b16807fffffffffffffffffffffffff0000000000000000000000000000000000000000600154161760015573ffffffffffffffffffffffffffffffffffffffff5f54167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b5f80fd5b34610155575f60031936011261015557602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b3461015557602060031936011261015557606073ffffffffffffffffffffffffffffffffffffffff806101c0600435611387565b9193908160405195168552166020840152166040820152f35b34610155576040600319360112610155576101f2611107565b602435908115158092036101555773ffffffffffffffffffffffffffffffffffffffff9061021e6113ff565b169081156102895760207f583b0aa0e528532caf4b907c11d7a8158a122fe2a6fb80cd9b09776ebea8d92d91835f526003825260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541660ff8316179055604051908152a2005b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610155575f600319360112610155576020600554604051908152f35b34610155575f60031936011261015557602073ffffffffffffffffffffffffffffffffffffffff60025416604051908152f35b346101555760206003193601126101555773ffffffffffffffffffffffffffffffffffffffff61032f611107565b165f526003602052602060ff60405f2054166040519015158152f35b346101555760206003193601126101555760043567ffffffffffffffff811161015557366023820112156101555780600401359067ffffffffffffffff82116103e957604051906103a66020601f19601f860116018361116c565b82825260208201913660248584010111610155575f60208581966024839601873783010152604051928391518091835e8101600481520301902054604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b34610155575f60031936011261015557602073ffffffffffffffffffffffffffffffffffffffff5f5416604051908152f35b34610155575f600319360112610155573373ffffffffffffffffffffffffffffffffffffffff6001541603610506577fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001555f54337fffffffffffffffffffffffff00000000000000000000000000000000000000008216175f5573ffffffffffffffffffffffffffffffffffffffff3391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610155575f6003193601126101555761054a6113ff565b7fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001555f73ffffffffffffffffffffffffffffffffffffffff81547fffffffffffffffffffffffff000000000000000000000000000000000000000081168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346101555760206003193601126101555760043560606101c06040516105fb8161114f565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f610180820152826101a082015201528015801561090d575b6108e2575f1981019081116108b55761067490611200565b506040516106818161114f565b815473ffffffffffffffffffffffffffffffffffffffff168152600182015473ffffffffffffffffffffffffffffffffffffffff169060208101918252600283015473ffffffffffffffffffffffffffffffffffffffff1692604082019384526003810154606083019073ffffffffffffffffffffffffffffffffffffffff8116825260808401908060a01c60ff16825260a08501908060a81c60ff16825260c086019060b01c60ff168152600485015460e08701908152600586015490610100880191825260068701549261012089019384526007880154946101408a019586526008890154966101608b0197885260098a015467ffffffffffffffff16986101808c01998a52600a8b01610796906112c9565b9a6101a08d019b8c52600b016107ab906112c9565b9b6101c081019c8d526040519e8f9e8f92602084525173ffffffffffffffffffffffffffffffffffffffff1660208401525173ffffffffffffffffffffffffffffffffffffffff1660408301525173ffffffffffffffffffffffffffffffffffffffff1690606001525173ffffffffffffffffffffffffffffffffffffffff1660808d01525160ff1660a08c01525160ff1660c08b01525160ff1660e08a015251610100890152516101208801525161014087015251610160860152516101808501525167ffffffffffffffff166101a0840152516101c083016101e0905261020083016108989161112a565b905190828103601f19016101e08401526108b19161112a565b0390f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f6d710e14000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50600554811161065c565b346101555760206003193601126101555773ffffffffffffffffffffffffffffffffffffffff610946611107565b61094e6113ff565b16801561028957807fffffffffffffffffffffffff000000000000000000000000000000000000000060025416176002557f1edf3afd4ac789736e00d216cd88be164ddcef26a6eedcc30cdb0cb62f3741b15f80a2005b346101555760406003193601126101555760043567ffffffffffffffff811161015557806004016101e06003198336030112610155576024359067ffffffffffffffff821161015557366023830112156101555781600401359367ffffffffffffffff85116101555736602486850101116101555773ffffffffffffffffffffffffffffffffffffffff6002541633036110db576101c4840190602081610a4c848661118f565b809183378101600481520301902054806110885750600554680100000000000000008110156103e957806001610a859201600555611200565b92909261105c5773ffffffffffffffffffffffffffffffffffffffff610aaa82611249565b167fffffffffffffffffffffffff00000000000000000000000000000000000000008454161783556024850192610ae084611249565b73ffffffffffffffffffffffffffffffffffffffff6001830191167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790556044860190610b3082611249565b73ffffffffffffffffffffffffffffffffffffffff6002830191167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790556003810196606481019773ffffffffffffffffffffffffffffffffffffffff610b9a8a611249565b167fffffffffffffffffffffffff0000000000000000000000000000000000000000825416178155610bce6084830161126a565b815475ff000000000000000000000000000000000000000000610bf360a4860161126a565b60a81b16907fffffffffffffffffff000000ffffffffffffffffffffffffffffffffffffffff74ff000000000000000000000000000000000000000076ff00000000000000000000000000000000000000000000610c5360c4890161126a565b60b01b169460a01b169116171717905560e48101356004830155610104810135600583015561012481013560068301556101448101356007830155610164810135600883015561018481013567ffffffffffffffff811681036101555767ffffffffffffffff6009840191167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055610cf86101a4600a840192018561118f565b9067ffffffffffffffff82116103e957610d128354611278565b601f811161100b575b505f90601f8311600114610fa357600b949392915f9183610f98575b50505f198260011b9260031b1c19161790555b01610d55848461118f565b9067ffffffffffffffff82116103e9578190610d718454611278565b601f8111610f3f575b505f90601f8311600114610eda575f92610ecf575b50505f198260011b9260031b1c19161790555b600554955f198701948786116108b557602098602473ffffffffffffffffffffffffffffffffffffffff610eb3610ec4958280809a8f9d7f462d83324a0db204e9a0616746fa9130b7cb688144b9d0c68601edfa94d39b499d8f6009610e0a610e8a94611200565b500180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000164267ffffffffffffffff161790556020610e4a838661118f565b91908260405193849283378101600481520301902055610e84610e7e610e78610e7286611249565b9d611249565b9e611249565b96611249565b9261118f565b9390946040519d8e9d168d521660208c01521660408a015260a060608a015260a08901916111e0565b9386850360808801521698016111e0565b0390a3604051908152f35b013590508a80610d8f565b9091601f191691845f5260205f20925f5b818110610f275750908460019594939210610f0e575b505050811b019055610da2565b5f1960f88560031b161c199101351690558a8080610f01565b91936020600181928787013581550195019201610eeb565b82811115610d7a57909150835f5260205f20601f840160051c9060208510610f90575b849392601f0160051c82900391015f5b828110610f80575050610d7a565b5f81830155859450600101610f72565b5f9150610f62565b013590508c80610d37565b601f19831691845f5260205f20925f5b818110610ff35750916001939185600b9897969410610fda575b505050811b019055610d4a565b5f1960f88560031b161c199101351690558c8080610fcd565b91936020600181928787013581550195019201610fb3565b82811115610d1b57835f5260205f20601f840160051c9060208510611054575b81601f9101920160051c03905f5b828110611047575050610d1b565b5f82820155600101611039565b5f915061102b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b611092828461118f565b90916110d16040519384937f6c9c0dca0000000000000000000000000000000000000000000000000000000085526040600486015260448501916111e0565b9060248301520390fd5b7fb550282e000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361015557565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b6101e0810190811067ffffffffffffffff8211176103e957604052565b90601f601f19910116810190811067ffffffffffffffff8211176103e957604052565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610155570180359067ffffffffffffffff82116101555760200191813603831361015557565b601f8260209493601f1993818652868601375f8582860101520116010190565b60055481101561121c5760055f52600c60205f20910201905f90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3573ffffffffffffffffffffffffffffffffffffffff811681036101555790565b3560ff811681036101555790565b90600182811c921680156112bf575b602083101461129257565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611287565b9060405191825f8254926112dc84611278565b80845293600181169081156113475750600114611303575b506113019250038361116c565b565b90505f9291925260205f20905f915b81831061132b575050906020611301928201015f6112f4565b6020919350806001915483858901015201910190918492611312565b602093506113019592507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091501682840152151560051b8201015f6112f4565b801580156113f4575b6113eb575f1981019081116108b5576113a890611200565b509073ffffffffffffffffffffffffffffffffffffffff8254169073ffffffffffffffffffffffffffffffffffffffff6002816001860154169401541691929190565b505f905f905f90565b506005548111611390565b73ffffffffffffffffffffffffffffffffffffffff5f541633036105065756",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (modelRegistry *ModelRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (modelRegistry *ModelRegistry) PackAcceptOwnership() []byte {
	enc, err := modelRegistry.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (modelRegistry *ModelRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return modelRegistry.abi.Pack("acceptOwnership")
}

// PackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factory() view returns(address)
func (modelRegistry *ModelRegistry) PackFactory() []byte {
	enc, err := modelRegistry.abi.Pack("factory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factory() view returns(address)
func (modelRegistry *ModelRegistry) TryPackFactory() ([]byte, error) {
	return modelRegistry.abi.Pack("factory")
}

// UnpackFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (modelRegistry *ModelRegistry) UnpackFactory(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("factory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(uint256 id) view returns((address,address,address,address,uint8,uint8,uint8,int256,uint256,uint256,uint256,uint256,uint64,string,string))
func (modelRegistry *ModelRegistry) PackGetModel(id *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("getModel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(uint256 id) view returns((address,address,address,address,uint8,uint8,uint8,int256,uint256,uint256,uint256,uint256,uint64,string,string))
func (modelRegistry *ModelRegistry) TryPackGetModel(id *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("getModel", id)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d361694.
//
// Solidity: function getModel(uint256 id) view returns((address,address,address,address,uint8,uint8,uint8,int256,uint256,uint256,uint256,uint256,uint64,string,string))
func (modelRegistry *ModelRegistry) UnpackGetModel(data []byte) (ModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("getModel", data)
	if err != nil {
		return *new(ModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryModel)).(*ModelRegistryModel)
	return out0, nil
}

// PackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa271e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMinter(address account) view returns(bool)
func (modelRegistry *ModelRegistry) PackIsMinter(account common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("isMinter", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa271e1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMinter(address account) view returns(bool)
func (modelRegistry *ModelRegistry) TryPackIsMinter(account common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("isMinter", account)
}

// UnpackIsMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa271e1a.
//
// Solidity: function isMinter(address account) view returns(bool)
func (modelRegistry *ModelRegistry) UnpackIsMinter(data []byte) (bool, error) {
	out, err := modelRegistry.abi.Unpack("isMinter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModelAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5e159c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelAccounts(uint256 id) view returns(address owner, address token, address pool)
func (modelRegistry *ModelRegistry) PackModelAccounts(id *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("modelAccounts", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5e159c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelAccounts(uint256 id) view returns(address owner, address token, address pool)
func (modelRegistry *ModelRegistry) TryPackModelAccounts(id *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("modelAccounts", id)
}

// ModelAccountsOutput serves as a container for the return parameters of contract
// method ModelAccounts.
type ModelAccountsOutput struct {
	Owner common.Address
	Token common.Address
	Pool  common.Address
}

// UnpackModelAccounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5e159c7.
//
// Solidity: function modelAccounts(uint256 id) view returns(address owner, address token, address pool)
func (modelRegistry *ModelRegistry) UnpackModelAccounts(data []byte) (ModelAccountsOutput, error) {
	out, err := modelRegistry.abi.Unpack("modelAccounts", data)
	outstruct := new(ModelAccountsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Token = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Pool = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) PackModelCount() []byte {
	enc, err := modelRegistry.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackModelCount() ([]byte, error) {
	return modelRegistry.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackModelCount(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("modelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModelIdByTicker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9979a445.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelIdByTicker(string ticker) view returns(uint256 id)
func (modelRegistry *ModelRegistry) PackModelIdByTicker(ticker string) []byte {
	enc, err := modelRegistry.abi.Pack("modelIdByTicker", ticker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelIdByTicker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9979a445.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelIdByTicker(string ticker) view returns(uint256 id)
func (modelRegistry *ModelRegistry) TryPackModelIdByTicker(ticker string) ([]byte, error) {
	return modelRegistry.abi.Pack("modelIdByTicker", ticker)
}

// UnpackModelIdByTicker is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9979a445.
//
// Solidity: function modelIdByTicker(string ticker) view returns(uint256 id)
func (modelRegistry *ModelRegistry) UnpackModelIdByTicker(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("modelIdByTicker", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (modelRegistry *ModelRegistry) PackOwner() []byte {
	enc, err := modelRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (modelRegistry *ModelRegistry) TryPackOwner() ([]byte, error) {
	return modelRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (modelRegistry *ModelRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (modelRegistry *ModelRegistry) PackPendingOwner() []byte {
	enc, err := modelRegistry.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (modelRegistry *ModelRegistry) TryPackPendingOwner() ([]byte, error) {
	return modelRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (modelRegistry *ModelRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bde708b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register((address,address,address,address,uint8,uint8,uint8,int256,uint256,uint256,uint256,uint256,uint64,string,string) m, string metadata) returns(uint256 id)
func (modelRegistry *ModelRegistry) PackRegister(m ModelRegistryModel, metadata string) []byte {
	enc, err := modelRegistry.abi.Pack("register", m, metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bde708b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register((address,address,address,address,uint8,uint8,uint8,int256,uint256,uint256,uint256,uint256,uint64,string,string) m, string metadata) returns(uint256 id)
func (modelRegistry *ModelRegistry) TryPackRegister(m ModelRegistryModel, metadata string) ([]byte, error) {
	return modelRegistry.abi.Pack("register", m, metadata)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bde708b.
//
// Solidity: function register((address,address,address,address,uint8,uint8,uint8,int256,uint256,uint256,uint256,uint256,uint64,string,string) m, string metadata) returns(uint256 id)
func (modelRegistry *ModelRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (modelRegistry *ModelRegistry) PackRenounceOwnership() []byte {
	enc, err := modelRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (modelRegistry *ModelRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return modelRegistry.abi.Pack("renounceOwnership")
}

// PackSetFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb47808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFactory(address factory_) returns()
func (modelRegistry *ModelRegistry) PackSetFactory(factory common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("setFactory", factory)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb47808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFactory(address factory_) returns()
func (modelRegistry *ModelRegistry) TryPackSetFactory(factory common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("setFactory", factory)
}

// PackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf456ae7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinter(address account, bool allowed) returns()
func (modelRegistry *ModelRegistry) PackSetMinter(account common.Address, allowed bool) []byte {
	enc, err := modelRegistry.abi.Pack("setMinter", account, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf456ae7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinter(address account, bool allowed) returns()
func (modelRegistry *ModelRegistry) TryPackSetMinter(account common.Address, allowed bool) ([]byte, error) {
	return modelRegistry.abi.Pack("setMinter", account, allowed)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (modelRegistry *ModelRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (modelRegistry *ModelRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("transferOwnership", newOwner)
}

// ModelRegistryFactorySet represents a FactorySet event raised by the ModelRegistry contract.
type ModelRegistryFactorySet struct {
	Factory common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryFactorySetEventName = "FactorySet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryFactorySet) ContractEventName() string {
	return ModelRegistryFactorySetEventName
}

// UnpackFactorySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FactorySet(address indexed factory)
func (modelRegistry *ModelRegistry) UnpackFactorySetEvent(log *types.Log) (*ModelRegistryFactorySet, error) {
	event := "FactorySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryFactorySet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryMinterSet represents a MinterSet event raised by the ModelRegistry contract.
type ModelRegistryMinterSet struct {
	Account common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryMinterSetEventName = "MinterSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryMinterSet) ContractEventName() string {
	return ModelRegistryMinterSetEventName
}

// UnpackMinterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterSet(address indexed account, bool allowed)
func (modelRegistry *ModelRegistry) UnpackMinterSetEvent(log *types.Log) (*ModelRegistryMinterSet, error) {
	event := "MinterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryMinterSet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelCreated represents a ModelCreated event raised by the ModelRegistry contract.
type ModelRegistryModelCreated struct {
	Id       *big.Int
	Owner    common.Address
	Token    common.Address
	Pool     common.Address
	Vesting  common.Address
	Ticker   string
	Metadata string
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelCreatedEventName = "ModelCreated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelCreated) ContractEventName() string {
	return ModelRegistryModelCreatedEventName
}

// UnpackModelCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelCreated(uint256 indexed id, address indexed owner, address token, address pool, address vesting, string ticker, string metadata)
func (modelRegistry *ModelRegistry) UnpackModelCreatedEvent(log *types.Log) (*ModelRegistryModelCreated, error) {
	event := "ModelCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelCreated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ModelRegistryOwnershipTransferStarted) ContractEventName() string {
	return ModelRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (modelRegistry *ModelRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ModelRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ModelRegistryOwnershipTransferred) ContractEventName() string {
	return ModelRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (modelRegistry *ModelRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*ModelRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ModelNotFound"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotFactory"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotFactoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["TickerTaken"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackTickerTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryModelNotFound represents a ModelNotFound error raised by the ModelRegistry contract.
type ModelRegistryModelNotFound struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelNotFound(uint256 id)
func ModelRegistryModelNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6d710e146008a5f622bb595e6a691f7ce9ecb13fc2c7df968e9afe7db4c010c5")
}

// UnpackModelNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelNotFound(uint256 id)
func (modelRegistry *ModelRegistry) UnpackModelNotFoundError(raw []byte) (*ModelRegistryModelNotFound, error) {
	out := new(ModelRegistryModelNotFound)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ModelNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotFactory represents a NotFactory error raised by the ModelRegistry contract.
type ModelRegistryNotFactory struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFactory(address caller)
func ModelRegistryNotFactoryErrorID() common.Hash {
	return common.HexToHash("0xb550282eaf0781c66cf2f5bc84d1d5e0abb6d61daaab2264be89ec57001e9ad0")
}

// UnpackNotFactoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFactory(address caller)
func (modelRegistry *ModelRegistry) UnpackNotFactoryError(raw []byte) (*ModelRegistryNotFactory, error) {
	out := new(ModelRegistryNotFactory)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotFactory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ModelRegistry contract.
type ModelRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ModelRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (modelRegistry *ModelRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*ModelRegistryOwnableInvalidOwner, error) {
	out := new(ModelRegistryOwnableInvalidOwner)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ModelRegistry contract.
type ModelRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ModelRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (modelRegistry *ModelRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ModelRegistryOwnableUnauthorizedAccount, error) {
	out := new(ModelRegistryOwnableUnauthorizedAccount)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryTickerTaken represents a TickerTaken error raised by the ModelRegistry contract.
type ModelRegistryTickerTaken struct {
	Ticker string
	Id     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TickerTaken(string ticker, uint256 id)
func ModelRegistryTickerTakenErrorID() common.Hash {
	return common.HexToHash("0x6c9c0dca828a6521d6812de28a5bbed828a3a8a906b2c5e638bdc12ba94ec5bf")
}

// UnpackTickerTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TickerTaken(string ticker, uint256 id)
func (modelRegistry *ModelRegistry) UnpackTickerTakenError(raw []byte) (*ModelRegistryTickerTaken, error) {
	out := new(ModelRegistryTickerTaken)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "TickerTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroAddress represents a ZeroAddress error raised by the ModelRegistry contract.
type ModelRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ModelRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (modelRegistry *ModelRegistry) UnpackZeroAddressError(raw []byte) (*ModelRegistryZeroAddress, error) {
	out := new(ModelRegistryZeroAddress)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
