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

// ModelRegistryLinks is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryLinks struct {
	Agent         common.Address
	ParentId      uint64
	ParentVersion uint32
}

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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyLinked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFactory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"parentVersion\",\"type\":\"uint256\"}],\"name\":\"ParentInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"TickerTaken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"factory\",\"type\":\"address\"}],\"name\":\"FactorySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"MarketSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MinterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"vesting\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"ModelCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"parentVersion\",\"type\":\"uint256\"}],\"name\":\"ModelLinked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ModelTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"UsageRecorderSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"vesting\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"license\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedDeltaOnes\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMinter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isUsageRecorder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"parentVersion\",\"type\":\"uint32\"}],\"name\":\"link\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"linksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"parentVersion\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.Links\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"modelAccounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"}],\"name\":\"modelIdByTicker\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"modelLinks\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"vesting\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"license\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedDeltaOnes\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"m\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"rewardAccounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"factory_\",\"type\":\"address\"}],\"name\":\"setFactory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market_\",\"type\":\"address\"}],\"name\":\"setMarket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setUsageRecorder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60803460c157601f611ab938819003918201601f19168301916001600160401b0383118484101760c55780849260209460405283398101031260c157516001600160a01b0381169081900360c157801560ae57600180546001600160a01b03199081169091555f80549182168317815560405192916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a36119df90816100da8239f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c80630be8402d146115b65780632bde708b14610ec957806335d3783c14610e395780635bb4780814610db95780636d36169414610b105780636dcea85f14610a90578063715018a6146109f957806379ba50971461092957806380f55605146109035780638c838aa8146108bf5780638da5cb5b1461089a5780639979a445146107cf578063aa271e1a14610792578063c45a01551461076c578063c6a645fe1461074f578063ca985f6314610730578063cf456ae71461069a578063d28160421461065d578063d5e159c71461060e578063e30c3978146105e8578063f2fde38b14610563578063f681aae2146103065763fc2f822314610117575f80fd5b3461024a57604060031936011261024a57600435610133611657565b6001600160a01b036007541633036102da57811580156102cf575b6102a3576001600160a01b0316801561027b575f19820182811161024e576101759061178e565b50916001600160a01b0383541692827fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558160405193827f3045a632e27ef1d3950bc7ff96783de94052573d8b947a6589d25ed70899590d5f80a45f5260086020526001600160a01b0360405f205416803b1561024a576024835f819381957f69da2a4400000000000000000000000000000000000000000000000000000000845260048401525af1801561023f57610231575080f35b61023d91505f906116fa565b005b6040513d5f823e3d90fd5b5f80fd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b507f6d710e14000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50600554821161014e565b7fbfae38b3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461024a57608060031936011261024a57600435610322611657565b6044359067ffffffffffffffff821680920361024a576064359063ffffffff821680920361024a576001600160a01b03600254163303610537578315801561052c575b610500576001600160a01b031691821561027b57835f5260086020526001600160a01b0360405f2054166104d4578381108015906104c2575b61049457916060917fc90197decc9e71cac6d15113b2bef64f86a5803bf0ab6b56ef0cea9c4a5affed936040516103d4816116c1565b838152602081018281526040820190848252885f5260086020526001600160a01b038060405f20945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551906001600160a01b037bffffffffffffffff00000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008554935160e01b169360a01b1691161717905560405192835260208301526040820152a2005b7f905438ae000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b508015801561039e575081151561039e565b837fb57fd736000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837f6d710e14000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506005548411610365565b7fb550282e000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461024a57602060031936011261024a576001600160a01b03610584611641565b61058c6119cc565b16807fffffffffffffffffffffffff000000000000000000000000000000000000000060015416176001556001600160a01b035f54167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b3461024a575f60031936011261024a5760206001600160a01b0360015416604051908152f35b3461024a57602060031936011261024a5761065961062d60043561196e565b604080516001600160a01b03948516815292841660208401529216918101919091529081906060820190565b0390f35b3461024a57602060031936011261024a576001600160a01b0361067e611641565b165f526006602052602060ff60405f2054166040519015158152f35b3461024a576001600160a01b036106b03661166d565b91906106ba6119cc565b1690811561027b5760207f583b0aa0e528532caf4b907c11d7a8158a122fe2a6fb80cd9b09776ebea8d92d91835f52600382526107258160405f209060ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691151516179055565b6040519015158152a2005b3461024a57602060031936011261024a5761065961062d600435611908565b3461024a575f60031936011261024a576020600554604051908152f35b3461024a575f60031936011261024a5760206001600160a01b0360025416604051908152f35b3461024a57602060031936011261024a576001600160a01b036107b3611641565b165f526003602052602060ff60405f2054166040519015158152f35b3461024a57602060031936011261024a5760043567ffffffffffffffff811161024a573660238201121561024a5780600401359067ffffffffffffffff821161086d576040519061082a6020601f19601f86011601836116fa565b8282526020820191366024858401011161024a575f60208581966024839601873783010152604051928391518091835e8101600481520301902054604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b3461024a575f60031936011261024a5760206001600160a01b035f5416604051908152f35b3461024a57602060031936011261024a576004355f5260086020526040805f205467ffffffffffffffff8251916001600160a01b038116835260a01c166020820152f35b3461024a575f60031936011261024a5760206001600160a01b0360075416604051908152f35b3461024a575f60031936011261024a57336001600160a01b0360015416036109cd577fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001555f54337fffffffffffffffffffffffff00000000000000000000000000000000000000008216175f556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461024a575f60031936011261024a57610a116119cc565b7fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001555f6001600160a01b0381547fffffffffffffffffffffffff000000000000000000000000000000000000000081168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461024a57602060031936011261024a576001600160a01b03610ab1611641565b610ab96119cc565b16801561027b57807fffffffffffffffffffffffff000000000000000000000000000000000000000060075416176007557fe307206b150a74b2a5d43a35703be791342ca123c12a507c5f679cf1d011d1b95f80a2005b3461024a57602060031936011261024a5760043560606101c0604051610b35816116dd565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f610180820152826101a0820152015280158015610dae575b610d83575f19810190811161024e57610bae9061178e565b50604051610bbb816116dd565b81546001600160a01b0316815260018201546001600160a01b0316906020810191825260028301546001600160a01b03169260408201938452600381015460608301906001600160a01b038116825260808401908060a01c60ff16825260a08501908060a81c60ff16825260c086019060b01c60ff168152600485015460e08701908152600586015490610100880191825260068701549261012089019384526007880154946101408a019586526008890154966101608b0197885260098a015467ffffffffffffffff16986101808c01998a52600a8b01610c9c9061184a565b9a6101a08d019b8c52600b01610cb19061184a565b9b6101c081019c8d526040519e8f9e8f9260208452516001600160a01b03166020840152516001600160a01b03166040830152516001600160a01b03169060600152516001600160a01b031660808d01525160ff1660a08c01525160ff1660c08b01525160ff1660e08a015251610100890152516101208801525161014087015251610160860152516101808501525167ffffffffffffffff166101a0840152516101c083016101e090526102008301610d6a9161169c565b905190828103601f19016101e08401526106599161169c565b7f6d710e14000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506005548111610b96565b3461024a57602060031936011261024a576001600160a01b03610dda611641565b610de26119cc565b16801561027b57807fffffffffffffffffffffffff000000000000000000000000000000000000000060025416176002557f1edf3afd4ac789736e00d216cd88be164ddcef26a6eedcc30cdb0cb62f3741b15f80a2005b3461024a57602060031936011261024a575f60408051610e58816116c1565b82815282602082015201526004355f526008602052606060405f2063ffffffff60405191610e85836116c1565b5467ffffffffffffffff6001600160a01b0382169384815260406020820191838560a01c168352019260e01c83526040519485525116602084015251166040820152f35b3461024a57604060031936011261024a5760043567ffffffffffffffff811161024a5780600401906101e0600319823603011261024a5760243567ffffffffffffffff811161024a573660238201121561024a5780600401359267ffffffffffffffff841161024a57366024858401011161024a576001600160a01b03600254163303610537576101c483016020610f61828461171d565b919082604051938492833781016004815203019020548061156357506005546801000000000000000081101561086d57806001610fa1920160055561178e565b929092611537576001600160a01b03610fb9826117d7565b167fffffffffffffffffffffffff00000000000000000000000000000000000000008454161783556024850192610fef846117d7565b6001600160a01b036001830191167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790556044860190611032826117d7565b6001600160a01b036002830191167fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055600381019660648101976001600160a01b036110828a6117d7565b167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161781556110b6608483016117eb565b815475ff0000000000000000000000000000000000000000006110db60a486016117eb565b60a81b16907fffffffffffffffffff000000ffffffffffffffffffffffffffffffffffffffff74ff000000000000000000000000000000000000000076ff0000000000000000000000000000000000000000000061113b60c489016117eb565b60b01b169460a01b169116171717905560e48101356004830155610104810135600583015561012481013560068301556101448101356007830155610164810135600883015561018481013567ffffffffffffffff8116810361024a5767ffffffffffffffff6009840191167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790556111e06101a4600a840192018561171d565b9067ffffffffffffffff821161086d576111fa83546117f9565b601f81116114e6575b505f90601f831160011461147e57600b949392915f9183611473575b50505f198260011b9260031b1c19161790555b0161123d848461171d565b9067ffffffffffffffff821161086d57819061125984546117f9565b601f811161141a575b505f90601f83116001146113b5575f926113aa575b50505f198260011b9260031b1c19161790555b600554955f1987019487861161024e5760209860246001600160a01b0361138e61139f958280809a8f9d7f462d83324a0db204e9a0616746fa9130b7cb688144b9d0c68601edfa94d39b499d8f60096112e56113659461178e565b500180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000164267ffffffffffffffff161790556020611325838661171d565b9190826040519384928337810160048152030190205561135f61135961135361134d866117d7565b9d6117d7565b9e6117d7565b966117d7565b9261171d565b9390946040519d8e9d168d521660208c01521660408a015260a060608a015260a089019161176e565b93868503608088015216980161176e565b0390a3604051908152f35b013590508a80611277565b9091601f191691845f5260205f20925f5b81811061140257509084600195949392106113e9575b505050811b01905561128a565b5f1960f88560031b161c199101351690558a80806113dc565b919360206001819287870135815501950192016113c6565b8281111561126257909150835f5260205f20601f840160051c906020851061146b575b849392601f0160051c82900391015f5b82811061145b575050611262565b5f8183015585945060010161144d565b5f915061143d565b013590508c8061121f565b601f19831691845f5260205f20925f5b8181106114ce5750916001939185600b98979694106114b5575b505050811b019055611232565b5f1960f88560031b161c199101351690558c80806114a8565b9193602060018192878701358155019501920161148e565b8281111561120357835f5260205f20601f840160051c906020851061152f575b81601f9101920160051c03905f5b828110611522575050611203565b5f82820155600101611514565b5f9150611506565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b61156d828461171d565b90916115ac6040519384937f6c9c0dca00000000000000000000000000000000000000000000000000000000855260406004860152604485019161176e565b9060248301520390fd5b3461024a576001600160a01b036115cc3661166d565b91906115d66119cc565b1690811561027b5760207fc57403c01f0f382f0d2b26e764eccfa431ab9abe74c62222f1b4f109788037e891835f52600682526107258160405f209060ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691151516179055565b600435906001600160a01b038216820361024a57565b602435906001600160a01b038216820361024a57565b600319604091011261024a576004356001600160a01b038116810361024a5790602435801515810361024a5790565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b6060810190811067ffffffffffffffff82111761086d57604052565b6101e0810190811067ffffffffffffffff82111761086d57604052565b90601f601f19910116810190811067ffffffffffffffff82111761086d57604052565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18136030182121561024a570180359067ffffffffffffffff821161024a5760200191813603831361024a57565b601f8260209493601f1993818652868601375f8582860101520116010190565b6005548110156117aa5760055f52600c60205f20910201905f90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b356001600160a01b038116810361024a5790565b3560ff8116810361024a5790565b90600182811c92168015611840575b602083101461181357565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611808565b9060405191825f82549261185d846117f9565b80845293600181169081156118c85750600114611884575b50611882925003836116fa565b565b90505f9291925260205f20905f915b8183106118ac575050906020611882928201015f611875565b6020919350806001915483858901015201910190918492611893565b602093506118829592507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091501682840152151560051b8201015f611875565b9081158015611963575b61195a575f19820182811161024e5761192a9061178e565b50906001600160a01b0360018184541693015416925f5260086020526001600160a01b0360405f20541691929190565b5f915081908190565b506005548211611912565b801580156119c1575b6119b8575f19810190811161024e5761198f9061178e565b50906001600160a01b03825416906001600160a01b036002816001860154169401541691929190565b505f905f905f90565b506005548111611977565b6001600160a01b035f541633036109cd5756",
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

// PackIsUsageRecorder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2816042.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isUsageRecorder(address account) view returns(bool)
func (modelRegistry *ModelRegistry) PackIsUsageRecorder(account common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("isUsageRecorder", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsUsageRecorder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2816042.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isUsageRecorder(address account) view returns(bool)
func (modelRegistry *ModelRegistry) TryPackIsUsageRecorder(account common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("isUsageRecorder", account)
}

// UnpackIsUsageRecorder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2816042.
//
// Solidity: function isUsageRecorder(address account) view returns(bool)
func (modelRegistry *ModelRegistry) UnpackIsUsageRecorder(data []byte) (bool, error) {
	out, err := modelRegistry.abi.Unpack("isUsageRecorder", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf681aae2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function link(uint256 id, address agent, uint64 parentId, uint32 parentVersion) returns()
func (modelRegistry *ModelRegistry) PackLink(id *big.Int, agent common.Address, parentId uint64, parentVersion uint32) []byte {
	enc, err := modelRegistry.abi.Pack("link", id, agent, parentId, parentVersion)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf681aae2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function link(uint256 id, address agent, uint64 parentId, uint32 parentVersion) returns()
func (modelRegistry *ModelRegistry) TryPackLink(id *big.Int, agent common.Address, parentId uint64, parentVersion uint32) ([]byte, error) {
	return modelRegistry.abi.Pack("link", id, agent, parentId, parentVersion)
}

// PackLinksOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35d3783c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function linksOf(uint256 id) view returns((address,uint64,uint32))
func (modelRegistry *ModelRegistry) PackLinksOf(id *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("linksOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLinksOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35d3783c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function linksOf(uint256 id) view returns((address,uint64,uint32))
func (modelRegistry *ModelRegistry) TryPackLinksOf(id *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("linksOf", id)
}

// UnpackLinksOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35d3783c.
//
// Solidity: function linksOf(uint256 id) view returns((address,uint64,uint32))
func (modelRegistry *ModelRegistry) UnpackLinksOf(data []byte) (ModelRegistryLinks, error) {
	out, err := modelRegistry.abi.Unpack("linksOf", data)
	if err != nil {
		return *new(ModelRegistryLinks), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryLinks)).(*ModelRegistryLinks)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (modelRegistry *ModelRegistry) PackMarket() []byte {
	enc, err := modelRegistry.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (modelRegistry *ModelRegistry) TryPackMarket() ([]byte, error) {
	return modelRegistry.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (modelRegistry *ModelRegistry) UnpackMarket(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackModelLinks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c838aa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelLinks(uint256 id) view returns(address agent, uint256 parentId)
func (modelRegistry *ModelRegistry) PackModelLinks(id *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("modelLinks", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelLinks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c838aa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelLinks(uint256 id) view returns(address agent, uint256 parentId)
func (modelRegistry *ModelRegistry) TryPackModelLinks(id *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("modelLinks", id)
}

// ModelLinksOutput serves as a container for the return parameters of contract
// method ModelLinks.
type ModelLinksOutput struct {
	Agent    common.Address
	ParentId *big.Int
}

// UnpackModelLinks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c838aa8.
//
// Solidity: function modelLinks(uint256 id) view returns(address agent, uint256 parentId)
func (modelRegistry *ModelRegistry) UnpackModelLinks(data []byte) (ModelLinksOutput, error) {
	out, err := modelRegistry.abi.Unpack("modelLinks", data)
	outstruct := new(ModelLinksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Agent = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ParentId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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

// PackRewardAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca985f63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardAccounts(uint256 id) view returns(address owner, address token, address agent)
func (modelRegistry *ModelRegistry) PackRewardAccounts(id *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("rewardAccounts", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca985f63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardAccounts(uint256 id) view returns(address owner, address token, address agent)
func (modelRegistry *ModelRegistry) TryPackRewardAccounts(id *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("rewardAccounts", id)
}

// RewardAccountsOutput serves as a container for the return parameters of contract
// method RewardAccounts.
type RewardAccountsOutput struct {
	Owner common.Address
	Token common.Address
	Agent common.Address
}

// UnpackRewardAccounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca985f63.
//
// Solidity: function rewardAccounts(uint256 id) view returns(address owner, address token, address agent)
func (modelRegistry *ModelRegistry) UnpackRewardAccounts(data []byte) (RewardAccountsOutput, error) {
	out, err := modelRegistry.abi.Unpack("rewardAccounts", data)
	outstruct := new(RewardAccountsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Token = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Agent = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	return *outstruct, nil
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

// PackSetMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dcea85f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMarket(address market_) returns()
func (modelRegistry *ModelRegistry) PackSetMarket(market common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("setMarket", market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dcea85f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMarket(address market_) returns()
func (modelRegistry *ModelRegistry) TryPackSetMarket(market common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("setMarket", market)
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

// PackSetUsageRecorder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0be8402d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUsageRecorder(address account, bool allowed) returns()
func (modelRegistry *ModelRegistry) PackSetUsageRecorder(account common.Address, allowed bool) []byte {
	enc, err := modelRegistry.abi.Pack("setUsageRecorder", account, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUsageRecorder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0be8402d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUsageRecorder(address account, bool allowed) returns()
func (modelRegistry *ModelRegistry) TryPackSetUsageRecorder(account common.Address, allowed bool) ([]byte, error) {
	return modelRegistry.abi.Pack("setUsageRecorder", account, allowed)
}

// PackTransferModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2f8223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferModel(uint256 id, address to) returns()
func (modelRegistry *ModelRegistry) PackTransferModel(id *big.Int, to common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("transferModel", id, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2f8223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferModel(uint256 id, address to) returns()
func (modelRegistry *ModelRegistry) TryPackTransferModel(id *big.Int, to common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("transferModel", id, to)
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

// ModelRegistryMarketSet represents a MarketSet event raised by the ModelRegistry contract.
type ModelRegistryMarketSet struct {
	Market common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ModelRegistryMarketSetEventName = "MarketSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryMarketSet) ContractEventName() string {
	return ModelRegistryMarketSetEventName
}

// UnpackMarketSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketSet(address indexed market)
func (modelRegistry *ModelRegistry) UnpackMarketSetEvent(log *types.Log) (*ModelRegistryMarketSet, error) {
	event := "MarketSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryMarketSet)
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

// ModelRegistryModelLinked represents a ModelLinked event raised by the ModelRegistry contract.
type ModelRegistryModelLinked struct {
	Id            *big.Int
	Agent         common.Address
	ParentId      *big.Int
	ParentVersion *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelLinkedEventName = "ModelLinked"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelLinked) ContractEventName() string {
	return ModelRegistryModelLinkedEventName
}

// UnpackModelLinkedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelLinked(uint256 indexed id, address agent, uint256 parentId, uint256 parentVersion)
func (modelRegistry *ModelRegistry) UnpackModelLinkedEvent(log *types.Log) (*ModelRegistryModelLinked, error) {
	event := "ModelLinked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelLinked)
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

// ModelRegistryModelTransferred represents a ModelTransferred event raised by the ModelRegistry contract.
type ModelRegistryModelTransferred struct {
	Id   *big.Int
	From common.Address
	To   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelTransferredEventName = "ModelTransferred"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelTransferred) ContractEventName() string {
	return ModelRegistryModelTransferredEventName
}

// UnpackModelTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelTransferred(uint256 indexed id, address indexed from, address indexed to)
func (modelRegistry *ModelRegistry) UnpackModelTransferredEvent(log *types.Log) (*ModelRegistryModelTransferred, error) {
	event := "ModelTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelTransferred)
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

// ModelRegistryUsageRecorderSet represents a UsageRecorderSet event raised by the ModelRegistry contract.
type ModelRegistryUsageRecorderSet struct {
	Account common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryUsageRecorderSetEventName = "UsageRecorderSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryUsageRecorderSet) ContractEventName() string {
	return ModelRegistryUsageRecorderSetEventName
}

// UnpackUsageRecorderSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageRecorderSet(address indexed account, bool allowed)
func (modelRegistry *ModelRegistry) UnpackUsageRecorderSetEvent(log *types.Log) (*ModelRegistryUsageRecorderSet, error) {
	event := "UsageRecorderSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryUsageRecorderSet)
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
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["AlreadyLinked"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackAlreadyLinkedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ModelNotFound"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotFactory"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotFactoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotMarket"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotMarketError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ParentInvalid"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackParentInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["TickerTaken"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackTickerTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryAlreadyLinked represents a AlreadyLinked error raised by the ModelRegistry contract.
type ModelRegistryAlreadyLinked struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyLinked(uint256 id)
func ModelRegistryAlreadyLinkedErrorID() common.Hash {
	return common.HexToHash("0xb57fd736adb453f37c18c7f7bd615dd2b5c45ac100f28af7e33b5eaa1366b953")
}

// UnpackAlreadyLinkedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyLinked(uint256 id)
func (modelRegistry *ModelRegistry) UnpackAlreadyLinkedError(raw []byte) (*ModelRegistryAlreadyLinked, error) {
	out := new(ModelRegistryAlreadyLinked)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "AlreadyLinked", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// ModelRegistryNotMarket represents a NotMarket error raised by the ModelRegistry contract.
type ModelRegistryNotMarket struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMarket(address caller)
func ModelRegistryNotMarketErrorID() common.Hash {
	return common.HexToHash("0xbfae38b33907467ea3651d4564b66c7df27bbd52b3924e47aa461b118ab3c8a3")
}

// UnpackNotMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMarket(address caller)
func (modelRegistry *ModelRegistry) UnpackNotMarketError(raw []byte) (*ModelRegistryNotMarket, error) {
	out := new(ModelRegistryNotMarket)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotMarket", raw); err != nil {
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

// ModelRegistryParentInvalid represents a ParentInvalid error raised by the ModelRegistry contract.
type ModelRegistryParentInvalid struct {
	ParentId      *big.Int
	ParentVersion *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentInvalid(uint256 parentId, uint256 parentVersion)
func ModelRegistryParentInvalidErrorID() common.Hash {
	return common.HexToHash("0x905438ae832bdfd3e7fee734d0de1729d16ec945221d8b32a9d78bddf779432a")
}

// UnpackParentInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentInvalid(uint256 parentId, uint256 parentVersion)
func (modelRegistry *ModelRegistry) UnpackParentInvalidError(raw []byte) (*ModelRegistryParentInvalid, error) {
	out := new(ModelRegistryParentInvalid)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ParentInvalid", raw); err != nil {
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
