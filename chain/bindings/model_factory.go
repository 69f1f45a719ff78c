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

// ModelFactoryCreateModelParams is an auto generated low-level Go binding around an user-defined struct.
type ModelFactoryCreateModelParams struct {
	Name              string
	Ticker            string
	Metric            uint8
	Direction         uint8
	Baseline          *big.Int
	DeltaOne          *big.Int
	License           uint8
	InitialSupply     *big.Int
	TokensPerDeltaOne *big.Int
	ExpectedDeltaOnes *big.Int
	Metadata          string
}

// ModelFactoryPoolDefaults is an auto generated low-level Go binding around an user-defined struct.
type ModelFactoryPoolDefaults struct {
	FlatPrice     uint64
	Crr           uint64
	FeeBps        uint16
	MaxTradeBps   uint16
	BuyOnlyWindow uint32
	MaxTradeFloor uint64
}

// ModelFactoryMetaData contains all meta data concerning the ModelFactory contract.
var ModelFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"usdc_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenImpl\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"poolImpl\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"vestingImpl\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"flatPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"crr\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxTradeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"buyOnlyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxTradeFloor\",\"type\":\"uint64\"}],\"internalType\":\"structModelFactory.PoolDefaults\",\"name\":\"defaults\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"}],\"name\":\"BaselineOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CloneArgumentsTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"crr\",\"type\":\"uint64\"}],\"name\":\"CrrOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"deltaOne\",\"type\":\"uint256\"}],\"name\":\"DeltaOneInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"}],\"name\":\"DeltaOneRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"}],\"name\":\"DirectionUnknown\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedDeployment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"flatPrice\",\"type\":\"uint64\"}],\"name\":\"FlatPriceInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"}],\"name\":\"InitialSupplyInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"license\",\"type\":\"uint8\"}],\"name\":\"LicenseUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"maxTradeBps\",\"type\":\"uint16\"}],\"name\":\"MaxTradeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"}],\"name\":\"MetricUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"NameLengthInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"}],\"name\":\"TickerInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"TickerTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"}],\"name\":\"TokensPerDeltaOneInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"flatPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"crr\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxTradeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"buyOnlyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxTradeFloor\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structModelFactory.PoolDefaults\",\"name\":\"defaults\",\"type\":\"tuple\"}],\"name\":\"PoolDefaultsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasurySet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_METRIC\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SUPPLY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_CRR\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"ticker\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"metric\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"baseline\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"deltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"license\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerDeltaOne\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedDeltaOnes\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"internalType\":\"structModelFactory.CreateModelParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createModel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolDefaults\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"flatPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"crr\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxTradeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"buyOnlyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxTradeFloor\",\"type\":\"uint64\"}],\"internalType\":\"structModelFactory.PoolDefaults\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolImplementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"flatPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"crr\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxTradeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"buyOnlyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxTradeFloor\",\"type\":\"uint64\"}],\"internalType\":\"structModelFactory.PoolDefaults\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"setPoolDefaults\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"standardPoolDefaults\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"flatPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"crr\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxTradeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"buyOnlyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxTradeFloor\",\"type\":\"uint64\"}],\"internalType\":\"structModelFactory.PoolDefaults\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenImplementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"usdc\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vestingImplementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelFactory",
	Bin: "0x610120604052346104af576040516124fa38819003601f8101601f191683016001600160401b038111848210176104b357839282916040528339810103906101a082126104af5761004f816104c7565b60208201516001600160a01b0381169291908381036104af57610074604084016104c7565b610080606085016104c7565b61008c608086016104c7565b9661009960a087016104c7565b60c06100a68189016104c7565b9260df1901126104af576040519860c08a016001600160401b0381118b8210176104b3576040526100d960e089016104db565b8a526100e861010089016104db565b9360208b019485526100fd6101208a016104ef565b9560408c019687526101126101408b016104ef565b9760608d019889526101608b01519963ffffffff8b168b036104af5760a06101468f9d610180908f6080019e8f52016104db565b9c019b8c526001600160a01b03169b8c1561049c57600180546001600160a01b03199081169091555f80549182168f1781556040519e916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a315801561048b575b801561047a575b8015610469575b8015610458575b8015610447575b6104385760805260a05260c05260e05261010052600280546001600160a01b0319166001600160a01b0392909216918217905581519097906001600160401b031666b1a2bc2ec5000081108015610427575b610415575061ffff8351166103e88111610403575061ffff845116801580156103f8575b6103e6575080516001600160401b0316801580156103d6575b6103c457505181518351855187518951604094851b6fffffffffffffffff0000000000000000166001600160401b03968716908117608095861b61ffff60801b161760909490941b61ffff60901b169390931760a092831b63ffffffff60a01b161760c091821b6001600160c01b03191617600355918b529451841660208b0152945161ffff908116928a01929092529451166060880152935163ffffffff16928601929092529251909116908301527f0250ca6397181030273417b00c6e8572a978d71421b939d59a3e4b3c298fc17491a1604051907f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f5f80a2611ffb90816104ff823960805181818161080c01528181610a0a015281816110410152611393015260a051818181610be10152611c48015260c051818181610afd0152611cbd015260e0518181816103820152610e390152610100518181816107bb0152610b270152f35b6311d5f18760e21b5f5260045260245ffd5b5066ffffffffffffff811161025e565b632aa27ec760e21b5f5260045260245ffd5b506127108111610245565b638ea70c0760e01b5f5260045260245ffd5b63056f535960e21b5f5260045260245ffd5b50670de0b6b3a76400008111610221565b63d92e233d60e01b5f5260045ffd5b506001600160a01b038616156101cf565b506001600160a01b038516156101c8565b506001600160a01b038416156101c1565b506001600160a01b038316156101ba565b506001600160a01b038216156101b3565b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036104af57565b51906001600160401b03821682036104af57565b519061ffff821682036104af5756fe6080806040526004361015610012575f80fd5b5f905f3560e01c9081632f3a3d5d14611c935750806332cb6b0c14611c6c5780633e413bee14611c1c5780634fdcc43c14611bfb57806361d027b314611bc85780636ab52ed114611b0a578063715018a614611a66578063773d8bd71461091c57806379ba5097146108305780637b103999146107df5780638882a2f61461078e5780638da5cb5b1461075b578063a7941b7f146103a6578063cefa779914610355578063d12e995b146102cb578063d55be8c6146102ae578063e30c39781461027a578063f0f44260146101c0578063f2fde38b146101185763f6ff5f30146100fa575f80fd5b346101155780600319360112610115576020604051600b8152f35b80fd5b50346101155760206003193601126101155760043573ffffffffffffffffffffffffffffffffffffffff81168091036101bc57610153611f15565b807fffffffffffffffffffffffff0000000000000000000000000000000000000000600154161760015573ffffffffffffffffffffffffffffffffffffffff8254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b5080fd5b50346101155760206003193601126101155760043573ffffffffffffffffffffffffffffffffffffffff81168091036101bc576101fb611f15565b801561025257807fffffffffffffffffffffffff000000000000000000000000000000000000000060025416176002557f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f8280a280f35b6004827fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b5034610115578060031936011261011557602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b503461011557806003193601126101155760206040516103e88152f35b50346101155780600319360112610115576102e4611d3e565b506103516102f0611d6e565b6040519182918291909160a067ffffffffffffffff8160c084019582815116855282602082015116602086015261ffff604082015116604086015261ffff606082015116606086015263ffffffff6080820151166080860152015116910152565b0390f35b5034610115578060031936011261011557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346101155760c0600319360112610115576103c0611f15565b6040516103cc81611ce1565b60043567ffffffffffffffff8116810361075757815260243567ffffffffffffffff8116808203610753576020830191825260443561ffff8116810361074f576040840190815260643561ffff8116810361074b57606085019081526084359163ffffffff83168303610747576080860192835260a4359367ffffffffffffffff851685036107435760a0870194855266b1a2bc2ec5000081108015610732575b610707575061ffff8151166103e881116106dc575061ffff825116801580156106d1575b6106a6575067ffffffffffffffff86511680158015610696575b61066b57509177ffffffffffffffffffffffffffffffffffffffffffffffff8694927fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff61066597957fffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffff67ffffffffffffffff7f0250ca6397181030273417b00c6e8572a978d71421b939d59a3e4b3c298fc1749b51167fffffffffffffffffffffffffffff0000000000000000000000000000000000007fffffffffffffffff00000000000000000000000000000000000000000000000077ffffffff000000000000000000000000000000000000000073ffff00000000000000000000000000000000000071ffff000000000000000000000000000000006fffffffffffffffff00000000000000006003549e5160401b16975160801b16985160901b16995160a01b16995160c01b1699161716171617161717176003556040519182918291909160a067ffffffffffffffff8160c084019582815116855282602082015116602086015261ffff604082015116604086015261ffff606082015116606086015263ffffffff6080820151166080860152015116910152565b0390a180f35b7f4757c61c000000000000000000000000000000000000000000000000000000008852600452602487fd5b5066ffffffffffffff81116104ab565b7faa89fb1c000000000000000000000000000000000000000000000000000000008852600452602487fd5b506127108111610491565b7f8ea70c07000000000000000000000000000000000000000000000000000000008852600452602487fd5b7f15bd4d64000000000000000000000000000000000000000000000000000000008852600452602487fd5b50670de0b6b3a7640000811161046d565b8780fd5b8680fd5b8580fd5b8480fd5b8380fd5b8280fd5b503461011557806003193601126101155773ffffffffffffffffffffffffffffffffffffffff6020915416604051908152f35b5034610115578060031936011261011557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610115578060031936011261011557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346101155780600319360112610115573373ffffffffffffffffffffffffffffffffffffffff60015416036108f0577fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001558054337fffffffffffffffffffffffff0000000000000000000000000000000000000000821617825573ffffffffffffffffffffffffffffffffffffffff3391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b807f118cdaa7000000000000000000000000000000000000000000000000000000006024925233600452fd5b50346113f85760206003193601126113f85767ffffffffffffffff600435116113f857610160600319600435360301126113f85761095e600480350180611dd1565b809150158015611a5c575b611a315750610982602460043501600435600401611dd1565b9190600383108015611a27575b61197c575f5b83811061191957826109f160206109b6602460043501600435600401611dd1565b60405193849283927f9979a4450000000000000000000000000000000000000000000000000000000084528560048501526024840191611e22565b038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115611476575f916118e7575b508061188a575060446004350190600b60ff610a5584611e60565b161161185357600160ff610a6d606460043501611e60565b161161181757600260ff610a8560c460043501611e60565b16116117db57600460ff610a9884611e60565b161161166c575f60846004350135128015611655575b6116145760a4600435013580151580611603575b6115c95750662386f26fc10000915b60e460043501351580156115ad575b61157b57610104600435013515801561155e575b61152b57610b217f0000000000000000000000000000000000000000000000000000000000000000611f9a565b90610b4b7f0000000000000000000000000000000000000000000000000000000000000000611f9a565b93610b54611d6e565b67ffffffffffffffff60208201511661ffff6040830151169161ffff6060820151169063ffffffff60808201511642018042116114a95767ffffffffffffffff60a08184511693015116926040519561016087019587871067ffffffffffffffff8811176114fe578a9660405273ffffffffffffffffffffffffffffffffffffffff8716885260208801977f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16895260408101308152606082019060043560e401356fffffffffffffffffffffffffffffffff16825260808301924264ffffffffff16845260a0810194855260c0810195865260e0810196875261010081019764ffffffffff1688526101208101988952610140019889526040519a60208c019a73ffffffffffffffffffffffffffffffffffffffff168b525173ffffffffffffffffffffffffffffffffffffffff1660408c01525173ffffffffffffffffffffffffffffffffffffffff1660608b0152516fffffffffffffffffffffffffffffffff1660808a01525164ffffffffff1660a08901525167ffffffffffffffff1660c08801525161ffff1660e08701525161ffff166101008601525164ffffffffff166101208501525167ffffffffffffffff166101408401525167ffffffffffffffff166101608301526101608252610d6561018083611cfd565b8151615fd3106114d657815190602d82018092116114a957610ec2605773ffffffffffffffffffffffffffffffffffffffff946040519384917fffff00000000000000000000000000000000000000000000000000000000000060208401977f6100000000000000000000000000000000000000000000000000000000000000895260f01b1660218401527f3d81600a3d39f3363d3d373d3d3d363d7300000000000000000000000000000060238401527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000060601b1660348401527f5af43d82803e903d91602b57fd5bf3000000000000000000000000000000000060488401525180918484015e81015f8382015203017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282611cfd565b51905ff0169182156114815773ffffffffffffffffffffffffffffffffffffffff86163b156113f8576040517f3e03a92100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201523360248201526fffffffffffffffffffffffffffffffff60e4600435013516604482015267ffffffffffffffff421660648201525f816084818373ffffffffffffffffffffffffffffffffffffffff8c165af1801561147657611461575b50610f9a600480350180611dd1565b610fae602460043501600435600401611dd1565b73ffffffffffffffffffffffffffffffffffffffff88163b1561145d579161102461101294928a9460405196879586957fedf3e29e00000000000000000000000000000000000000000000000000000000875260c0600488015260c4870191611e22565b91600319858403016024860152611e22565b87604483015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016606483015273ffffffffffffffffffffffffffffffffffffffff8b16608483015260e4600435013560a483015203818373ffffffffffffffffffffffffffffffffffffffff8a165af180156114525790869161143d575b50506110c390611e60565b906110d2606460043501611e60565b906110e160c460043501611e60565b6110ef600480350180611dd1565b939094611106602460043501600435600401611dd1565b9a9097604051998a6101e081011067ffffffffffffffff6101e08d011117611410576113799c9560ff6111d596818e9c9760209f6110129f9c9773ffffffffffffffffffffffffffffffffffffffff6111e29f9a60609282879b6101e087016040523387521660208601526040850152169101521660808d01521660a08b01521660c08901526084600435013560e089015261010088015260e4600435013561012088015261010460043501356101408801526101246004350135610160880152896101808801523691611e6e565b6101a08501523691611e6e565b6101c08201526111fd61014460043501600435600401611dd1565b959060405196879485947f2bde708b0000000000000000000000000000000000000000000000000000000086526040600487015273ffffffffffffffffffffffffffffffffffffffff815116604487015273ffffffffffffffffffffffffffffffffffffffff8882015116606487015273ffffffffffffffffffffffffffffffffffffffff604082015116608487015273ffffffffffffffffffffffffffffffffffffffff60608201511660a487015260ff60808201511660c487015260ff60a08201511660e487015260ff60c08201511661010487015260e08101516101248701526101008101516101448701526101208101516101648701526101408101516101848701526101608101516101a487015267ffffffffffffffff610180820151166101c48701526101c06113466101a08301516101e06101e48a0152610224890190611ed2565b9101517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc87830301610204880152611ed2565b03818473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af190811561140457906113cd575b602090604051908152f35b506020813d6020116113fc575b816113e760209383611cfd565b810103126113f857602090516113c2565b5f80fd5b3d91506113da565b604051903d90823e3d90fd5b60248c7f4e487b710000000000000000000000000000000000000000000000000000000081526041600452fd5b8161144791611cfd565b61074f5784876110b8565b6040513d88823e3d90fd5b8880fd5b61146e9195505f90611cfd565b5f9386610f8b565b6040513d5f823e3d90fd5b7fb06ebf3d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f94289054000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f8494b073000000000000000000000000000000000000000000000000000000005f52610104600435013560045260245ffd5b506c0c9f2c9cd04674edea40000000610104600435013511610af4565b7f9b959394000000000000000000000000000000000000000000000000000000005f5260e4600435013560045260245ffd5b506c0c9f2c9cd04674edea4000000060e4600435013511610ae0565b60ff6115d484611e60565b7fb2056485000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b50662386f26fc10000811415610ac2565b60ff61161f83611e60565b7f50364aca000000000000000000000000000000000000000000000000000000005f52166004526084600435013560245260445ffd5b50670de0b6b3a76400006084600435013513610aae565b600960ff61167984611e60565b160361178157670de0b6b3a76400006084600435013513611614575b60a460043501359182610ad15791505f600435608401351280156117725760016084600435013501906001821280158216911516176114a9577f8000000000000000000000000000000000000000000000000000000000000000146114a957608460043501355f03807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8101116114a9576064905b049182610ad15761173c60ff91611e60565b7fa7645110000000000000000000000000000000000000000000000000000000005f52166004526084600435013560245260445ffd5b5060646084600435013561172a565b600a60ff61178e84611e60565b16036117af57670de0b6b3a76400006084600435013512611614575b611695565b600b60ff6117bc84611e60565b1614611695575f6084600435013512156117aa5760ff61161f83611e60565b60ff6117eb60c460043501611e60565b7f65cffe84000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b60ff611827606460043501611e60565b7f7f233e7f000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b60ff61185e83611e60565b7f672d5c2d000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b61189e602460043501600435600401611dd1565b90916118dd6040519384937f6c9c0dca000000000000000000000000000000000000000000000000000000008552604060048601526044850191611e22565b9060248301520390fd5b90506020813d602011611911575b8161190260209383611cfd565b810103126113f8575182610a3a565b3d91506118f5565b7f41000000000000000000000000000000000000000000000000000000000000007fff00000000000000000000000000000000000000000000000000000000000000611966838786611f61565b35161080156119d1575b61197c57600101610995565b611990602460043501600435600401611dd1565b6119cd6040519283927f711ee5db000000000000000000000000000000000000000000000000000000008452602060048501526024840191611e22565b0390fd5b507f5a000000000000000000000000000000000000000000000000000000000000007fff00000000000000000000000000000000000000000000000000000000000000611a1f838786611f61565b351611611970565b506006831161098f565b7fcce6a7cb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060408111610969565b346113f8575f6003193601126113f857611a7e611f15565b7fffffffffffffffffffffffff0000000000000000000000000000000000000000600154166001555f73ffffffffffffffffffffffffffffffffffffffff81547fffffffffffffffffffffffff000000000000000000000000000000000000000081168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346113f8575f6003193601126113f857611b22611d3e565b50610351604051611b3281611ce1565b612710815267016345785d8a00006020820152601e60408201526107d0606082015262093a806080820152633b9aca0060a08201526040519182918291909160a067ffffffffffffffff8160c084019582815116855282602082015116602086015261ffff604082015116604086015261ffff606082015116606086015263ffffffff6080820151166080860152015116910152565b346113f8575f6003193601126113f857602073ffffffffffffffffffffffffffffffffffffffff60025416604051908152f35b346113f8575f6003193601126113f857602060405166b1a2bc2ec500008152f35b346113f8575f6003193601126113f857602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346113f8575f6003193601126113f85760206040516c0c9f2c9cd04674edea400000008152f35b346113f8575f6003193601126113f85760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b60c0810190811067ffffffffffffffff8211176114fe57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176114fe57604052565b60405190611d4b82611ce1565b5f60a0838281528260208201528260408201528260608201528260808201520152565b60405190611d7b82611ce1565b8160a060035467ffffffffffffffff8116835267ffffffffffffffff8160401c16602084015261ffff8160801c16604084015261ffff8160901c16606084015263ffffffff81831c16608084015260c01c910152565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1813603018212156113f8570180359067ffffffffffffffff82116113f8576020019181360383136113f857565b601f82602094937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe093818652868601375f8582860101520116010190565b3560ff811681036113f85790565b92919267ffffffffffffffff82116114fe5760405191611eb660207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8401160184611cfd565b8294818452818301116113f8578281602093845f960137010152565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b73ffffffffffffffffffffffffffffffffffffffff5f54163303611f3557565b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b90821015611f6d570190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b6e5af43d82803e903d91602b57fd5bf390763d602d80600a3d3981f3363d3d373d3d3d363d7300000062ffffff8260881c16175f5260781b17602052603760095ff09073ffffffffffffffffffffffffffffffffffffffff8216156114815756",
}

// ModelFactory is an auto generated Go binding around an Ethereum contract.
type ModelFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelFactory) GetABI() abi.ABI {
	return c.abi
}

// NewModelFactory creates a new instance of ModelFactory.
func NewModelFactory() *ModelFactory {
	parsed, err := ModelFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address registry_, address usdc_, address tokenImpl, address poolImpl, address vestingImpl, address treasury_, (uint64,uint64,uint16,uint16,uint32,uint64) defaults) returns()
func (modelFactory *ModelFactory) PackConstructor(admin common.Address, registry_ common.Address, usdc_ common.Address, tokenImpl common.Address, poolImpl common.Address, vestingImpl common.Address, treasury_ common.Address, defaults ModelFactoryPoolDefaults) []byte {
	enc, err := modelFactory.abi.Pack("", admin, registry_, usdc_, tokenImpl, poolImpl, vestingImpl, treasury_, defaults)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (modelFactory *ModelFactory) PackMAXFEEBPS() []byte {
	enc, err := modelFactory.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (modelFactory *ModelFactory) TryPackMAXFEEBPS() ([]byte, error) {
	return modelFactory.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (modelFactory *ModelFactory) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := modelFactory.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXMETRIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ff5f30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_METRIC() view returns(uint8)
func (modelFactory *ModelFactory) PackMAXMETRIC() []byte {
	enc, err := modelFactory.abi.Pack("MAX_METRIC")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMETRIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ff5f30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_METRIC() view returns(uint8)
func (modelFactory *ModelFactory) TryPackMAXMETRIC() ([]byte, error) {
	return modelFactory.abi.Pack("MAX_METRIC")
}

// UnpackMAXMETRIC is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6ff5f30.
//
// Solidity: function MAX_METRIC() view returns(uint8)
func (modelFactory *ModelFactory) UnpackMAXMETRIC(data []byte) (uint8, error) {
	out, err := modelFactory.abi.Unpack("MAX_METRIC", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXSUPPLY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32cb6b0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SUPPLY() view returns(uint256)
func (modelFactory *ModelFactory) PackMAXSUPPLY() []byte {
	enc, err := modelFactory.abi.Pack("MAX_SUPPLY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSUPPLY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32cb6b0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SUPPLY() view returns(uint256)
func (modelFactory *ModelFactory) TryPackMAXSUPPLY() ([]byte, error) {
	return modelFactory.abi.Pack("MAX_SUPPLY")
}

// UnpackMAXSUPPLY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32cb6b0c.
//
// Solidity: function MAX_SUPPLY() view returns(uint256)
func (modelFactory *ModelFactory) UnpackMAXSUPPLY(data []byte) (*big.Int, error) {
	out, err := modelFactory.abi.Unpack("MAX_SUPPLY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINCRR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fdcc43c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_CRR() view returns(uint64)
func (modelFactory *ModelFactory) PackMINCRR() []byte {
	enc, err := modelFactory.abi.Pack("MIN_CRR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINCRR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fdcc43c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_CRR() view returns(uint64)
func (modelFactory *ModelFactory) TryPackMINCRR() ([]byte, error) {
	return modelFactory.abi.Pack("MIN_CRR")
}

// UnpackMINCRR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fdcc43c.
//
// Solidity: function MIN_CRR() view returns(uint64)
func (modelFactory *ModelFactory) UnpackMINCRR(data []byte) (uint64, error) {
	out, err := modelFactory.abi.Unpack("MIN_CRR", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (modelFactory *ModelFactory) PackAcceptOwnership() []byte {
	enc, err := modelFactory.abi.Pack("acceptOwnership")
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
func (modelFactory *ModelFactory) TryPackAcceptOwnership() ([]byte, error) {
	return modelFactory.abi.Pack("acceptOwnership")
}

// PackCreateModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x773d8bd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createModel((string,string,uint8,uint8,int256,uint256,uint8,uint256,uint256,uint256,string) p) returns(uint256 id)
func (modelFactory *ModelFactory) PackCreateModel(p ModelFactoryCreateModelParams) []byte {
	enc, err := modelFactory.abi.Pack("createModel", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x773d8bd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createModel((string,string,uint8,uint8,int256,uint256,uint8,uint256,uint256,uint256,string) p) returns(uint256 id)
func (modelFactory *ModelFactory) TryPackCreateModel(p ModelFactoryCreateModelParams) ([]byte, error) {
	return modelFactory.abi.Pack("createModel", p)
}

// UnpackCreateModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x773d8bd7.
//
// Solidity: function createModel((string,string,uint8,uint8,int256,uint256,uint8,uint256,uint256,uint256,string) p) returns(uint256 id)
func (modelFactory *ModelFactory) UnpackCreateModel(data []byte) (*big.Int, error) {
	out, err := modelFactory.abi.Unpack("createModel", data)
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
func (modelFactory *ModelFactory) PackOwner() []byte {
	enc, err := modelFactory.abi.Pack("owner")
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
func (modelFactory *ModelFactory) TryPackOwner() ([]byte, error) {
	return modelFactory.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (modelFactory *ModelFactory) UnpackOwner(data []byte) (common.Address, error) {
	out, err := modelFactory.abi.Unpack("owner", data)
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
func (modelFactory *ModelFactory) PackPendingOwner() []byte {
	enc, err := modelFactory.abi.Pack("pendingOwner")
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
func (modelFactory *ModelFactory) TryPackPendingOwner() ([]byte, error) {
	return modelFactory.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (modelFactory *ModelFactory) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := modelFactory.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPoolDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd12e995b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolDefaults() view returns((uint64,uint64,uint16,uint16,uint32,uint64))
func (modelFactory *ModelFactory) PackPoolDefaults() []byte {
	enc, err := modelFactory.abi.Pack("poolDefaults")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd12e995b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolDefaults() view returns((uint64,uint64,uint16,uint16,uint32,uint64))
func (modelFactory *ModelFactory) TryPackPoolDefaults() ([]byte, error) {
	return modelFactory.abi.Pack("poolDefaults")
}

// UnpackPoolDefaults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd12e995b.
//
// Solidity: function poolDefaults() view returns((uint64,uint64,uint16,uint16,uint32,uint64))
func (modelFactory *ModelFactory) UnpackPoolDefaults(data []byte) (ModelFactoryPoolDefaults, error) {
	out, err := modelFactory.abi.Unpack("poolDefaults", data)
	if err != nil {
		return *new(ModelFactoryPoolDefaults), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelFactoryPoolDefaults)).(*ModelFactoryPoolDefaults)
	return out0, nil
}

// PackPoolImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefa7799.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolImplementation() view returns(address)
func (modelFactory *ModelFactory) PackPoolImplementation() []byte {
	enc, err := modelFactory.abi.Pack("poolImplementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefa7799.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolImplementation() view returns(address)
func (modelFactory *ModelFactory) TryPackPoolImplementation() ([]byte, error) {
	return modelFactory.abi.Pack("poolImplementation")
}

// UnpackPoolImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcefa7799.
//
// Solidity: function poolImplementation() view returns(address)
func (modelFactory *ModelFactory) UnpackPoolImplementation(data []byte) (common.Address, error) {
	out, err := modelFactory.abi.Unpack("poolImplementation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (modelFactory *ModelFactory) PackRegistry() []byte {
	enc, err := modelFactory.abi.Pack("registry")
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
func (modelFactory *ModelFactory) TryPackRegistry() ([]byte, error) {
	return modelFactory.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (modelFactory *ModelFactory) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := modelFactory.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (modelFactory *ModelFactory) PackRenounceOwnership() []byte {
	enc, err := modelFactory.abi.Pack("renounceOwnership")
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
func (modelFactory *ModelFactory) TryPackRenounceOwnership() ([]byte, error) {
	return modelFactory.abi.Pack("renounceOwnership")
}

// PackSetPoolDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7941b7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolDefaults((uint64,uint64,uint16,uint16,uint32,uint64) d) returns()
func (modelFactory *ModelFactory) PackSetPoolDefaults(d ModelFactoryPoolDefaults) []byte {
	enc, err := modelFactory.abi.Pack("setPoolDefaults", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7941b7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolDefaults((uint64,uint64,uint16,uint16,uint32,uint64) d) returns()
func (modelFactory *ModelFactory) TryPackSetPoolDefaults(d ModelFactoryPoolDefaults) ([]byte, error) {
	return modelFactory.abi.Pack("setPoolDefaults", d)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (modelFactory *ModelFactory) PackSetTreasury(treasury common.Address) []byte {
	enc, err := modelFactory.abi.Pack("setTreasury", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address treasury_) returns()
func (modelFactory *ModelFactory) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return modelFactory.abi.Pack("setTreasury", treasury)
}

// PackStandardPoolDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ab52ed1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function standardPoolDefaults() pure returns((uint64,uint64,uint16,uint16,uint32,uint64))
func (modelFactory *ModelFactory) PackStandardPoolDefaults() []byte {
	enc, err := modelFactory.abi.Pack("standardPoolDefaults")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStandardPoolDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ab52ed1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function standardPoolDefaults() pure returns((uint64,uint64,uint16,uint16,uint32,uint64))
func (modelFactory *ModelFactory) TryPackStandardPoolDefaults() ([]byte, error) {
	return modelFactory.abi.Pack("standardPoolDefaults")
}

// UnpackStandardPoolDefaults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ab52ed1.
//
// Solidity: function standardPoolDefaults() pure returns((uint64,uint64,uint16,uint16,uint32,uint64))
func (modelFactory *ModelFactory) UnpackStandardPoolDefaults(data []byte) (ModelFactoryPoolDefaults, error) {
	out, err := modelFactory.abi.Unpack("standardPoolDefaults", data)
	if err != nil {
		return *new(ModelFactoryPoolDefaults), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelFactoryPoolDefaults)).(*ModelFactoryPoolDefaults)
	return out0, nil
}

// PackTokenImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f3a3d5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenImplementation() view returns(address)
func (modelFactory *ModelFactory) PackTokenImplementation() []byte {
	enc, err := modelFactory.abi.Pack("tokenImplementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f3a3d5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenImplementation() view returns(address)
func (modelFactory *ModelFactory) TryPackTokenImplementation() ([]byte, error) {
	return modelFactory.abi.Pack("tokenImplementation")
}

// UnpackTokenImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f3a3d5d.
//
// Solidity: function tokenImplementation() view returns(address)
func (modelFactory *ModelFactory) UnpackTokenImplementation(data []byte) (common.Address, error) {
	out, err := modelFactory.abi.Unpack("tokenImplementation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (modelFactory *ModelFactory) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := modelFactory.abi.Pack("transferOwnership", newOwner)
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
func (modelFactory *ModelFactory) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return modelFactory.abi.Pack("transferOwnership", newOwner)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (modelFactory *ModelFactory) PackTreasury() []byte {
	enc, err := modelFactory.abi.Pack("treasury")
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
func (modelFactory *ModelFactory) TryPackTreasury() ([]byte, error) {
	return modelFactory.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (modelFactory *ModelFactory) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := modelFactory.abi.Unpack("treasury", data)
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
func (modelFactory *ModelFactory) PackUsdc() []byte {
	enc, err := modelFactory.abi.Pack("usdc")
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
func (modelFactory *ModelFactory) TryPackUsdc() ([]byte, error) {
	return modelFactory.abi.Pack("usdc")
}

// UnpackUsdc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e413bee.
//
// Solidity: function usdc() view returns(address)
func (modelFactory *ModelFactory) UnpackUsdc(data []byte) (common.Address, error) {
	out, err := modelFactory.abi.Unpack("usdc", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVestingImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8882a2f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestingImplementation() view returns(address)
func (modelFactory *ModelFactory) PackVestingImplementation() []byte {
	enc, err := modelFactory.abi.Pack("vestingImplementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestingImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8882a2f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestingImplementation() view returns(address)
func (modelFactory *ModelFactory) TryPackVestingImplementation() ([]byte, error) {
	return modelFactory.abi.Pack("vestingImplementation")
}

// UnpackVestingImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8882a2f6.
//
// Solidity: function vestingImplementation() view returns(address)
func (modelFactory *ModelFactory) UnpackVestingImplementation(data []byte) (common.Address, error) {
	out, err := modelFactory.abi.Unpack("vestingImplementation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ModelFactoryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ModelFactory contract.
type ModelFactoryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelFactoryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ModelFactoryOwnershipTransferStarted) ContractEventName() string {
	return ModelFactoryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (modelFactory *ModelFactory) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ModelFactoryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelFactoryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := modelFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelFactory.abi.Events[event].Inputs {
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

// ModelFactoryOwnershipTransferred represents a OwnershipTransferred event raised by the ModelFactory contract.
type ModelFactoryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelFactoryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ModelFactoryOwnershipTransferred) ContractEventName() string {
	return ModelFactoryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (modelFactory *ModelFactory) UnpackOwnershipTransferredEvent(log *types.Log) (*ModelFactoryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelFactoryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := modelFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelFactory.abi.Events[event].Inputs {
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

// ModelFactoryPoolDefaultsSet represents a PoolDefaultsSet event raised by the ModelFactory contract.
type ModelFactoryPoolDefaultsSet struct {
	Defaults ModelFactoryPoolDefaults
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelFactoryPoolDefaultsSetEventName = "PoolDefaultsSet"

// ContractEventName returns the user-defined event name.
func (ModelFactoryPoolDefaultsSet) ContractEventName() string {
	return ModelFactoryPoolDefaultsSetEventName
}

// UnpackPoolDefaultsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolDefaultsSet((uint64,uint64,uint16,uint16,uint32,uint64) defaults)
func (modelFactory *ModelFactory) UnpackPoolDefaultsSetEvent(log *types.Log) (*ModelFactoryPoolDefaultsSet, error) {
	event := "PoolDefaultsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelFactoryPoolDefaultsSet)
	if len(log.Data) > 0 {
		if err := modelFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelFactory.abi.Events[event].Inputs {
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

// ModelFactoryTreasurySet represents a TreasurySet event raised by the ModelFactory contract.
type ModelFactoryTreasurySet struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelFactoryTreasurySetEventName = "TreasurySet"

// ContractEventName returns the user-defined event name.
func (ModelFactoryTreasurySet) ContractEventName() string {
	return ModelFactoryTreasurySetEventName
}

// UnpackTreasurySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySet(address indexed treasury)
func (modelFactory *ModelFactory) UnpackTreasurySetEvent(log *types.Log) (*ModelFactoryTreasurySet, error) {
	event := "TreasurySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelFactoryTreasurySet)
	if len(log.Data) > 0 {
		if err := modelFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelFactory.abi.Events[event].Inputs {
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
func (modelFactory *ModelFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["BaselineOutOfRange"].ID.Bytes()[:4]) {
		return modelFactory.UnpackBaselineOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["CloneArgumentsTooLong"].ID.Bytes()[:4]) {
		return modelFactory.UnpackCloneArgumentsTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["CrrOutOfRange"].ID.Bytes()[:4]) {
		return modelFactory.UnpackCrrOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["DeltaOneInvalid"].ID.Bytes()[:4]) {
		return modelFactory.UnpackDeltaOneInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["DeltaOneRequired"].ID.Bytes()[:4]) {
		return modelFactory.UnpackDeltaOneRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["DirectionUnknown"].ID.Bytes()[:4]) {
		return modelFactory.UnpackDirectionUnknownError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["FailedDeployment"].ID.Bytes()[:4]) {
		return modelFactory.UnpackFailedDeploymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return modelFactory.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["FlatPriceInvalid"].ID.Bytes()[:4]) {
		return modelFactory.UnpackFlatPriceInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["InitialSupplyInvalid"].ID.Bytes()[:4]) {
		return modelFactory.UnpackInitialSupplyInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return modelFactory.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["LicenseUnknown"].ID.Bytes()[:4]) {
		return modelFactory.UnpackLicenseUnknownError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["MaxTradeInvalid"].ID.Bytes()[:4]) {
		return modelFactory.UnpackMaxTradeInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["MetricUnknown"].ID.Bytes()[:4]) {
		return modelFactory.UnpackMetricUnknownError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["NameLengthInvalid"].ID.Bytes()[:4]) {
		return modelFactory.UnpackNameLengthInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return modelFactory.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return modelFactory.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["TickerInvalid"].ID.Bytes()[:4]) {
		return modelFactory.UnpackTickerInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["TickerTaken"].ID.Bytes()[:4]) {
		return modelFactory.UnpackTickerTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["TokensPerDeltaOneInvalid"].ID.Bytes()[:4]) {
		return modelFactory.UnpackTokensPerDeltaOneInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelFactory.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return modelFactory.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelFactoryBaselineOutOfRange represents a BaselineOutOfRange error raised by the ModelFactory contract.
type ModelFactoryBaselineOutOfRange struct {
	Metric   uint8
	Baseline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BaselineOutOfRange(uint8 metric, int256 baseline)
func ModelFactoryBaselineOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x50364acad8d5fcbe235ffa1dd250b2d33588f222c2c0728e9213cd902fa5d5f0")
}

// UnpackBaselineOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BaselineOutOfRange(uint8 metric, int256 baseline)
func (modelFactory *ModelFactory) UnpackBaselineOutOfRangeError(raw []byte) (*ModelFactoryBaselineOutOfRange, error) {
	out := new(ModelFactoryBaselineOutOfRange)
	if err := modelFactory.abi.UnpackIntoInterface(out, "BaselineOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryCloneArgumentsTooLong represents a CloneArgumentsTooLong error raised by the ModelFactory contract.
type ModelFactoryCloneArgumentsTooLong struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CloneArgumentsTooLong()
func ModelFactoryCloneArgumentsTooLongErrorID() common.Hash {
	return common.HexToHash("0x94289054871591d3430cc609d2f0e85b3474ba36313e71e06c09c95ae956555b")
}

// UnpackCloneArgumentsTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CloneArgumentsTooLong()
func (modelFactory *ModelFactory) UnpackCloneArgumentsTooLongError(raw []byte) (*ModelFactoryCloneArgumentsTooLong, error) {
	out := new(ModelFactoryCloneArgumentsTooLong)
	if err := modelFactory.abi.UnpackIntoInterface(out, "CloneArgumentsTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryCrrOutOfRange represents a CrrOutOfRange error raised by the ModelFactory contract.
type ModelFactoryCrrOutOfRange struct {
	Crr uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CrrOutOfRange(uint64 crr)
func ModelFactoryCrrOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x15bd4d64c1433b7f8a13b490c8c72b723958866afcf2f22186b7852f7028c9a9")
}

// UnpackCrrOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CrrOutOfRange(uint64 crr)
func (modelFactory *ModelFactory) UnpackCrrOutOfRangeError(raw []byte) (*ModelFactoryCrrOutOfRange, error) {
	out := new(ModelFactoryCrrOutOfRange)
	if err := modelFactory.abi.UnpackIntoInterface(out, "CrrOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryDeltaOneInvalid represents a DeltaOneInvalid error raised by the ModelFactory contract.
type ModelFactoryDeltaOneInvalid struct {
	Metric   uint8
	DeltaOne *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeltaOneInvalid(uint8 metric, uint256 deltaOne)
func ModelFactoryDeltaOneInvalidErrorID() common.Hash {
	return common.HexToHash("0xb2056485195f8c1f56fc898043ca48bab552bd3928979abba228dc6a40ffa1a5")
}

// UnpackDeltaOneInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeltaOneInvalid(uint8 metric, uint256 deltaOne)
func (modelFactory *ModelFactory) UnpackDeltaOneInvalidError(raw []byte) (*ModelFactoryDeltaOneInvalid, error) {
	out := new(ModelFactoryDeltaOneInvalid)
	if err := modelFactory.abi.UnpackIntoInterface(out, "DeltaOneInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryDeltaOneRequired represents a DeltaOneRequired error raised by the ModelFactory contract.
type ModelFactoryDeltaOneRequired struct {
	Metric   uint8
	Baseline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeltaOneRequired(uint8 metric, int256 baseline)
func ModelFactoryDeltaOneRequiredErrorID() common.Hash {
	return common.HexToHash("0xa764511081f3e9ffdc743ad1d3157d043ff3619da1e5417f13d9cda443cb7b9e")
}

// UnpackDeltaOneRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeltaOneRequired(uint8 metric, int256 baseline)
func (modelFactory *ModelFactory) UnpackDeltaOneRequiredError(raw []byte) (*ModelFactoryDeltaOneRequired, error) {
	out := new(ModelFactoryDeltaOneRequired)
	if err := modelFactory.abi.UnpackIntoInterface(out, "DeltaOneRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryDirectionUnknown represents a DirectionUnknown error raised by the ModelFactory contract.
type ModelFactoryDirectionUnknown struct {
	Direction uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DirectionUnknown(uint8 direction)
func ModelFactoryDirectionUnknownErrorID() common.Hash {
	return common.HexToHash("0x7f233e7fdbf170a2152b3ee451e096fdfdd3d3a59ae25f107e059800a0cb5204")
}

// UnpackDirectionUnknownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DirectionUnknown(uint8 direction)
func (modelFactory *ModelFactory) UnpackDirectionUnknownError(raw []byte) (*ModelFactoryDirectionUnknown, error) {
	out := new(ModelFactoryDirectionUnknown)
	if err := modelFactory.abi.UnpackIntoInterface(out, "DirectionUnknown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryFailedDeployment represents a FailedDeployment error raised by the ModelFactory contract.
type ModelFactoryFailedDeployment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedDeployment()
func ModelFactoryFailedDeploymentErrorID() common.Hash {
	return common.HexToHash("0xb06ebf3d5067824a3fe5d5ba19471e035a7de6c88dac362c77b162830a5b9093")
}

// UnpackFailedDeploymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedDeployment()
func (modelFactory *ModelFactory) UnpackFailedDeploymentError(raw []byte) (*ModelFactoryFailedDeployment, error) {
	out := new(ModelFactoryFailedDeployment)
	if err := modelFactory.abi.UnpackIntoInterface(out, "FailedDeployment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryFeeTooHigh represents a FeeTooHigh error raised by the ModelFactory contract.
type ModelFactoryFeeTooHigh struct {
	FeeBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint16 feeBps)
func ModelFactoryFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x8ea70c0768c42b8c51930f9a5e7017fcf6effaffa2266c6b8362b8c9658f6b31")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint16 feeBps)
func (modelFactory *ModelFactory) UnpackFeeTooHighError(raw []byte) (*ModelFactoryFeeTooHigh, error) {
	out := new(ModelFactoryFeeTooHigh)
	if err := modelFactory.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryFlatPriceInvalid represents a FlatPriceInvalid error raised by the ModelFactory contract.
type ModelFactoryFlatPriceInvalid struct {
	FlatPrice uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FlatPriceInvalid(uint64 flatPrice)
func ModelFactoryFlatPriceInvalidErrorID() common.Hash {
	return common.HexToHash("0x4757c61c6b99fcbc1d9993400c5c38a23366cd3d04c8ce8f952163bce662b265")
}

// UnpackFlatPriceInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FlatPriceInvalid(uint64 flatPrice)
func (modelFactory *ModelFactory) UnpackFlatPriceInvalidError(raw []byte) (*ModelFactoryFlatPriceInvalid, error) {
	out := new(ModelFactoryFlatPriceInvalid)
	if err := modelFactory.abi.UnpackIntoInterface(out, "FlatPriceInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryInitialSupplyInvalid represents a InitialSupplyInvalid error raised by the ModelFactory contract.
type ModelFactoryInitialSupplyInvalid struct {
	InitialSupply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InitialSupplyInvalid(uint256 initialSupply)
func ModelFactoryInitialSupplyInvalidErrorID() common.Hash {
	return common.HexToHash("0x9b9593944f5663dff046e765b27563a8be62b803a92d0a3ea0501f40b869f670")
}

// UnpackInitialSupplyInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InitialSupplyInvalid(uint256 initialSupply)
func (modelFactory *ModelFactory) UnpackInitialSupplyInvalidError(raw []byte) (*ModelFactoryInitialSupplyInvalid, error) {
	out := new(ModelFactoryInitialSupplyInvalid)
	if err := modelFactory.abi.UnpackIntoInterface(out, "InitialSupplyInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryInsufficientBalance represents a InsufficientBalance error raised by the ModelFactory contract.
type ModelFactoryInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func ModelFactoryInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (modelFactory *ModelFactory) UnpackInsufficientBalanceError(raw []byte) (*ModelFactoryInsufficientBalance, error) {
	out := new(ModelFactoryInsufficientBalance)
	if err := modelFactory.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryLicenseUnknown represents a LicenseUnknown error raised by the ModelFactory contract.
type ModelFactoryLicenseUnknown struct {
	License uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LicenseUnknown(uint8 license)
func ModelFactoryLicenseUnknownErrorID() common.Hash {
	return common.HexToHash("0x65cffe84521d4b069e6e433ea3bdd41ace2ad64292d6cfc94ae6e0ded24c72b8")
}

// UnpackLicenseUnknownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LicenseUnknown(uint8 license)
func (modelFactory *ModelFactory) UnpackLicenseUnknownError(raw []byte) (*ModelFactoryLicenseUnknown, error) {
	out := new(ModelFactoryLicenseUnknown)
	if err := modelFactory.abi.UnpackIntoInterface(out, "LicenseUnknown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryMaxTradeInvalid represents a MaxTradeInvalid error raised by the ModelFactory contract.
type ModelFactoryMaxTradeInvalid struct {
	MaxTradeBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaxTradeInvalid(uint16 maxTradeBps)
func ModelFactoryMaxTradeInvalidErrorID() common.Hash {
	return common.HexToHash("0xaa89fb1ca88ad499caadf4561e3496e51587c52f3ba8ef8fc92a9c9e2080313c")
}

// UnpackMaxTradeInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaxTradeInvalid(uint16 maxTradeBps)
func (modelFactory *ModelFactory) UnpackMaxTradeInvalidError(raw []byte) (*ModelFactoryMaxTradeInvalid, error) {
	out := new(ModelFactoryMaxTradeInvalid)
	if err := modelFactory.abi.UnpackIntoInterface(out, "MaxTradeInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryMetricUnknown represents a MetricUnknown error raised by the ModelFactory contract.
type ModelFactoryMetricUnknown struct {
	Metric uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MetricUnknown(uint8 metric)
func ModelFactoryMetricUnknownErrorID() common.Hash {
	return common.HexToHash("0x672d5c2dc92ce1ad02dd380840eb6a3cf0aa258f9cb6d8a1a4ed1c41695a8fd8")
}

// UnpackMetricUnknownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MetricUnknown(uint8 metric)
func (modelFactory *ModelFactory) UnpackMetricUnknownError(raw []byte) (*ModelFactoryMetricUnknown, error) {
	out := new(ModelFactoryMetricUnknown)
	if err := modelFactory.abi.UnpackIntoInterface(out, "MetricUnknown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryNameLengthInvalid represents a NameLengthInvalid error raised by the ModelFactory contract.
type ModelFactoryNameLengthInvalid struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NameLengthInvalid(uint256 length)
func ModelFactoryNameLengthInvalidErrorID() common.Hash {
	return common.HexToHash("0xcce6a7cb76a6d129b44f42b62e465021efffcb083e5ee962b1e334a1ca83ee55")
}

// UnpackNameLengthInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NameLengthInvalid(uint256 length)
func (modelFactory *ModelFactory) UnpackNameLengthInvalidError(raw []byte) (*ModelFactoryNameLengthInvalid, error) {
	out := new(ModelFactoryNameLengthInvalid)
	if err := modelFactory.abi.UnpackIntoInterface(out, "NameLengthInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ModelFactory contract.
type ModelFactoryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ModelFactoryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (modelFactory *ModelFactory) UnpackOwnableInvalidOwnerError(raw []byte) (*ModelFactoryOwnableInvalidOwner, error) {
	out := new(ModelFactoryOwnableInvalidOwner)
	if err := modelFactory.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ModelFactory contract.
type ModelFactoryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ModelFactoryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (modelFactory *ModelFactory) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ModelFactoryOwnableUnauthorizedAccount, error) {
	out := new(ModelFactoryOwnableUnauthorizedAccount)
	if err := modelFactory.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryTickerInvalid represents a TickerInvalid error raised by the ModelFactory contract.
type ModelFactoryTickerInvalid struct {
	Ticker string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TickerInvalid(string ticker)
func ModelFactoryTickerInvalidErrorID() common.Hash {
	return common.HexToHash("0x711ee5dbcef11861208f28fce199b5dc155dab9e8fefcfd5d989067dc7b2a6a2")
}

// UnpackTickerInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TickerInvalid(string ticker)
func (modelFactory *ModelFactory) UnpackTickerInvalidError(raw []byte) (*ModelFactoryTickerInvalid, error) {
	out := new(ModelFactoryTickerInvalid)
	if err := modelFactory.abi.UnpackIntoInterface(out, "TickerInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryTickerTaken represents a TickerTaken error raised by the ModelFactory contract.
type ModelFactoryTickerTaken struct {
	Ticker string
	Id     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TickerTaken(string ticker, uint256 id)
func ModelFactoryTickerTakenErrorID() common.Hash {
	return common.HexToHash("0x6c9c0dca828a6521d6812de28a5bbed828a3a8a906b2c5e638bdc12ba94ec5bf")
}

// UnpackTickerTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TickerTaken(string ticker, uint256 id)
func (modelFactory *ModelFactory) UnpackTickerTakenError(raw []byte) (*ModelFactoryTickerTaken, error) {
	out := new(ModelFactoryTickerTaken)
	if err := modelFactory.abi.UnpackIntoInterface(out, "TickerTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryTokensPerDeltaOneInvalid represents a TokensPerDeltaOneInvalid error raised by the ModelFactory contract.
type ModelFactoryTokensPerDeltaOneInvalid struct {
	TokensPerDeltaOne *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokensPerDeltaOneInvalid(uint256 tokensPerDeltaOne)
func ModelFactoryTokensPerDeltaOneInvalidErrorID() common.Hash {
	return common.HexToHash("0x8494b073167ffacef2a97a8d988f1bad7504e3bf27cb3cd2e7ac7b898a9cb6f2")
}

// UnpackTokensPerDeltaOneInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokensPerDeltaOneInvalid(uint256 tokensPerDeltaOne)
func (modelFactory *ModelFactory) UnpackTokensPerDeltaOneInvalidError(raw []byte) (*ModelFactoryTokensPerDeltaOneInvalid, error) {
	out := new(ModelFactoryTokensPerDeltaOneInvalid)
	if err := modelFactory.abi.UnpackIntoInterface(out, "TokensPerDeltaOneInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelFactoryZeroAddress represents a ZeroAddress error raised by the ModelFactory contract.
type ModelFactoryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ModelFactoryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (modelFactory *ModelFactory) UnpackZeroAddressError(raw []byte) (*ModelFactoryZeroAddress, error) {
	out := new(ModelFactoryZeroAddress)
	if err := modelFactory.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
