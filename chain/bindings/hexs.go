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

// ModelAgentMember is an auto generated low-level Go binding around an user-defined struct.
type ModelAgentMember struct {
	Member bool
	User   bool
	Rating uint8
	Shares *big.Int
	Nonce  uint64
}

// ModelAgentPeriodUsage is an auto generated low-level Go binding around an user-defined struct.
type ModelAgentPeriodUsage struct {
	Calls    uint64
	Fees     uint64
	NewUsers uint32
}

// ModelAgentStats is an auto generated low-level Go binding around an user-defined struct.
type ModelAgentStats struct {
	Members   uint32
	Users     uint32
	Ratings   uint32
	RatingSum uint32
	Calls     uint64
	Fees      uint64
}

// ModelMarketListing is an auto generated low-level Go binding around an user-defined struct.
type ModelMarketListing struct {
	Seller common.Address
	Price  *big.Int
}

// ModelAgentMetaData contains all meta data concerning the ModelAgent contract.
var ModelAgentMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAgentRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"DiscountTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"to\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amounts\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"stars\",\"type\":\"uint8\"}],\"name\":\"RatingOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RatingSignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"RatingSignatureInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"TierUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"EnterprisePriceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumModelAgent.JoinReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"}],\"name\":\"MemberJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stars\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"previous\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratings\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratingSum\",\"type\":\"uint256\"}],\"name\":\"Rated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"TierDiscountSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalShares\",\"type\":\"uint256\"}],\"name\":\"TrainingSharesGrown\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"calls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newUsers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalCalls\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalFees\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"users\",\"type\":\"uint256\"}],\"name\":\"UsageRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_BATCH_DISCOUNT_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DISCOUNT_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TIER_BASIC\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TIER_BATCH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TIER_ENTERPRISE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"}],\"name\":\"enterprisePrice\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"g\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"memberOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"member\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"user\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"rating\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structModelAgent.Member\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"o\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"ownerChanged\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"stars\",\"type\":\"uint8\"}],\"name\":\"rate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"stars\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"rateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ratingMean\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"recordMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"calls\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"consumers\",\"type\":\"address[]\"}],\"name\":\"recordUsage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIAgentRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"setEnterprisePrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setTierDiscount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stats\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"members\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"users\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratings\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratingSum\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"calls\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fees\",\"type\":\"uint64\"}],\"internalType\":\"structModelAgent.Stats\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"tierDiscountBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"tl\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"t\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"usageIn\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"calls\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fees\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"newUsers\",\"type\":\"uint32\"}],\"internalType\":\"structModelAgent.PeriodUsage\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "525e43160af996b95ea0e6b81e502ecb7c",
	Bin: "0x60a03461009b57601f61229538819003918201601f19168301916001600160401b0383118484101761009f5780849260209460405283398101031261009b57516001600160a01b038116810361009b57608052600163ffffffff195f5416175f556040516121e190816100b482396080518181816108a701528181610b0f0152818161111301528181611235015281816112b801526114230152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80630c340a2414611a945780632e8efb9614611a45578063390947cf14611a295780633a98ef39146119f25780633b4c9891146119045780633c04b547146118e257806343cdaad2146118bd5780634c08fe0f146118a25780635f9e14cd1461188657806361d6a3fb146113a157806369da2a44146112885780636a71504c146112595780637b103999146112095780637ecebe00146111b75780638da5cb5b146110af578063a230c52414611065578063a7696bbf14610fdb578063b4279c2114610a73578063b4d1d79514610a56578063c4d66de81461084b578063d33219b41461080f578063d80528ae1461076a578063dcc42fc214610750578063e90c7f1914610735578063efbe620f14610687578063f60eeffc146105dd578063fc0c546a146105a1578063fe6a1820146102995763fe827b7914610158575f80fd5b3461029557604060031936011261029557610171611af3565b6024359061ffff82168092036102955760ff9061018c6120ee565b16906002821161026957612328811161023e576001810161ffff8111610211577faf98be41d2b2f845e2415f14bb34dbccf0fe55e68f1ca0c393b16b3ae30af86291602091845f526004835261ffff60405f2091167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000825416179055604051908152a2005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7ff1f23603000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507fd74d9cee000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f80fd5b34610295576080600319360112610295576102b2611af3565b6024359073ffffffffffffffffffffffffffffffffffffffff8216918281036102955760443560643567ffffffffffffffff8111610295573660238201121561029557806004013567ffffffffffffffff81116102955736602482840101116102955782421161057557905f60206104c594938060246040968a8c6013878b5161033c8d82611bb5565b828152017f486f6b75736169206d6f64656c204167656e74000000000000000000000000008152206001888c61037481519182611bb5565b828152017f31000000000000000000000000000000000000000000000000000000000000008152208b5190898201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f84528d83015260608201524660808201523060a082015260a081526103ea60c082611bb5565b519020928189526002885267ffffffffffffffff8b8a205460981c168b519260ff8a8501957ff8f9a1bfec76329d12842e543bea1bf450119611385561ce0cc4600af02bec748752168d8501526060840152608083015260a082015260a0815261045560c082611bb5565b519020885190868201927f19010000000000000000000000000000000000000000000000000000000000008452602283015260428201526042815261049b606282611bb5565b519020956104b46104ab84611db2565b98519889611bb5565b828852018387013784010152612118565b50600481101561054857158015918591610527575b5050801561051f575b6104f3576104f19250611ebf565b005b827f440051fc000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5082156104e3565b73ffffffffffffffffffffffffffffffffffffffff161415905083856104da565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b827fa1638996000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610295575f6003193601126102955760206105bb611dec565b5050905073ffffffffffffffffffffffffffffffffffffffff60405191168152f35b34610295575f600319360112610295576105f5611c0e565b604081019063ffffffff825116155f1461061757505060205f5b604051908152f35b606063ffffffff9101511690670de0b6b3a7640000820291808304670de0b6b3a76400001490151715610211575163ffffffff16801561065a576020910461060f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b34610295576040600319360112610295576106a0611ad0565b6024359067ffffffffffffffff821680920361029557602073ffffffffffffffffffffffffffffffffffffffff7fe3def95a2724c4ed49824a343ce42227cc5290cf5c3efd36855cfc8406b174ab926106f76120ee565b1692835f526005825260405f20817fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055604051908152a2005b34610295575f60031936011261029557602060405160018152f35b34610295575f6003193601126102955760206040515f8152f35b34610295575f600319360112610295575f60a060405161078981611b99565b828152826020820152826040820152826060820152826080820152015260c06107b0611c0e565b67ffffffffffffffff60a06040519263ffffffff815116845263ffffffff602082015116602085015263ffffffff604082015116604085015263ffffffff606082015116606085015282608082015116608085015201511660a0820152f35b34610295575f600319360112610295576020610829611dec565b9250505073ffffffffffffffffffffffffffffffffffffffff60405191168152f35b3461029557602060031936011261029557610864611ad0565b6040517fc45a015500000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015610a4b575f906109fe575b73ffffffffffffffffffffffffffffffffffffffff91501633036109d25763ffffffff5f54166109aa5773ffffffffffffffffffffffffffffffffffffffff16805f52600260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905560017fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000005f5416175f55600180557fde5d6eebe2016d2e72b3745aeb91f4950d9346eb3fe868c92ed5b3e45a5a9500604080515f815260016020820152a2005b7f0dc149f0000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f8e4a23d6000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b506020813d602011610a43575b81610a1860209383611bb5565b8101031261029557610a3e73ffffffffffffffffffffffffffffffffffffffff91611d91565b6108d6565b3d9150610a0b565b6040513d5f823e3d90fd5b34610295575f600319360112610295576020604051620151808152f35b346102955760406003193601126102955760043567ffffffffffffffff811161029557610aa4903690600401611b03565b60243567ffffffffffffffff811161029557610ac4903690600401611b03565b90926040517faa271e1a00000000000000000000000000000000000000000000000000000000815233600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610a4b575f91610fac575b50156109d257828203610f7c57610b54611c0e565b936001545f19810190811161021157935f5b818110610c9a5786600187018088116102115760015580515f80546020808501516040808701517fffffffffffffffffffffffffffffffffffffffff00000000000000000000000090941663ffffffff9690961695909517911b67ffffffff000000001617921b6bffffffff000000000000000016919091179055610c2f63ffffffff6060830151167fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff6fffffffff0000000000000000000000005f549260601b169116175f55565b6080810151906fffffffffffffffffffffffffffffffff77ffffffffffffffff000000000000000000000000000000007fffffffffffffffff00000000000000000000000000000000000000000000000060a05f5494015160c01b169360801b16911617175f555f80f35b73ffffffffffffffffffffffffffffffffffffffff610cc2610cbd838588611c71565b611cae565b16805f52600260205260405f2060405190610cdc82611b34565b549760ff8916159182158152602081019960ff8160081c1615158b526040820160ff8260101c168152858d60608501966fffffffffffffffffffffffffffffffff8560181c16885267ffffffffffffffff608087019560981c168552610f2b575b50506fffffffffffffffffffffffffffffffff610d5b888d8c611c71565b35166fffffffffffffffffffffffffffffffff865116016fffffffffffffffffffffffffffffffff8111610211576fffffffffffffffffffffffffffffffff168552610da8878c8b611c71565b35840180941161021157839b865f52600260205260405f209351151584547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169060ff1617845551151583549060081b61ff0016907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff161783555160ff16610e5f9083907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff62ff000083549260101b169116179055565b8351825491517fffffffffff000000000000000000000000000000000000000000000000ffffff90921672ffffffffffffffffffffffffffffffff00000060189290921b919091161760989190911b7affffffffffffffff0000000000000000000000000000000000000016179055610ed9848988611c71565b3591516fffffffffffffffffffffffffffffffff166040519283526020830152604082015260607f596f7a4af036453a3dd861ab0258e2cf1353f513fae2a70a40cd604c2f469de091a2600101610b66565b60407fde5d6eebe2016d2e72b3745aeb91f4950d9346eb3fe868c92ed5b3e45a5a9500916001875263ffffffff610f6481835116611ccf565b16809152815190600182526020820152a2858d610d3d565b50907fab8b67c6000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b610fce915060203d602011610fd4575b610fc68183611bb5565b810190611bf6565b85610b3f565b503d610fbc565b34610295576020600319360112610295575f60408051610ffa81611b7d565b82815282602082015201526004355f526003602052606060405f2063ffffffff6040519161102783611b7d565b5467ffffffffffffffff8082169384815283604060208301928486831c168452019360801c1683526040519485525116602084015251166040820152f35b346102955760206003193601126102955773ffffffffffffffffffffffffffffffffffffffff611093611ad0565b165f526002602052602060ff60405f2054166040519015158152f35b34610295575f600319360112610295576110c7611dec565b505050604051907fd5e159c7000000000000000000000000000000000000000000000000000000008252600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015610a4b575f90611163575b60209073ffffffffffffffffffffffffffffffffffffffff60405191168152f35b506060813d6060116111af575b8161117d60609383611bb5565b8101031261029557806111a96040611196602094611d91565b926111a2858201611d91565b5001611d91565b50611142565b3d9150611170565b346102955760206003193601126102955773ffffffffffffffffffffffffffffffffffffffff6111e5611ad0565b165f526002602052602067ffffffffffffffff60405f205460981c16604051908152f35b34610295575f60031936011261029557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461029557602060031936011261029557602061127c611277611af3565b611d22565b61ffff60405191168152f35b34610295576020600319360112610295576112a1611ad0565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036109d25773ffffffffffffffffffffffffffffffffffffffff16805f52600260205260405f20805460ff81161561130d57005b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00600191161790557fde5d6eebe2016d2e72b3745aeb91f4950d9346eb3fe868c92ed5b3e45a5a950060407fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000005f5463ffffffff61138b818316611ccf565b1691829116175f558151905f82526020820152a2005b346102955760606003193601126102955760243560043560443567ffffffffffffffff8111610295576113d8903690600401611b03565b92906040517fd281604200000000000000000000000000000000000000000000000000000000815233600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610a4b575f91611867575b50156109d25792611462611c0e565b905f945f915b80831061175957867f22818a89f6e289c21a9b2c913a56afd6ce86ecc83b9b698c88eba05ba82771dc60c088888867ffffffffffffffff63ffffffff87169663ffffffff82806020860195836114c18d828a5116611ce6565b1687528189166080820191836114da8382865116611d00565b168352838a16906115ec8760606114f88560a086019d8e5116611d00565b938885168d528280825116167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000005f5416175f558d517fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff67ffffffff000000005f549260201b169116175f556115a9836040830151167fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff6bffffffff00000000000000005f549260401b169116175f55565b0151167fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff6fffffffff0000000000000000000000005f549260601b169116175f55565b8351906fffffffffffffffffffffffffffffffff77ffffffffffffffff000000000000000000000000000000007fffffffffffffffff0000000000000000000000000000000000000000000000005f549360c01b169360801b16911617175f556201518042049d8e5f5260036020528461166d60405f209482865416611d00565b167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008454161783557fffffffffffffffffffffffff000000000000000000000000ffffffffffffffff73ffffffff000000000000000000000000000000006117246fffffffffffffffff00000000000000006116f08754968a8860401c16611d00565b60401b16938a857fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff88161760801c16611ce6565b60801b16921617179055511693511693511693604051958652602086015260408501526060840152608083015260a0820152a2005b90919573ffffffffffffffffffffffffffffffffffffffff61177f610cbd898587611c71565b16805f52600260205260405f2090815460ff8160081c1661185b5760ff8116156117e7575b50506101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff8254161790555f198114610211576001809101965b019190611468565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00600191161782557fde5d6eebe2016d2e72b3745aeb91f4950d9346eb3fe868c92ed5b3e45a5a9500604063ffffffff611843818a5116611ccf565b16808952815190600282526020820152a288806117a4565b505050956001906117df565b611880915060203d602011610fd457610fc68183611bb5565b85611453565b34610295575f6003193601126102955760206040516109c48152f35b34610295575f60031936011261029557602060405160028152f35b34610295575f6003193601126102955760206118d7611dec565b505050604051908152f35b34610295576020600319360112610295576104f16118fe611af3565b33611ebf565b346102955760206003193601126102955773ffffffffffffffffffffffffffffffffffffffff611932611ad0565b5f608060405161194181611b34565b8281528260208201528260408201528260608201520152165f52600260205260a060405f2067ffffffffffffffff6040519161197c83611b34565b546fffffffffffffffffffffffffffffffff60ff821615159384815260ff60208201818560081c16151581526040830190828660101c1682528660806060860195878960181c168752019660981c1686526040519788525115156020880152511660408601525116606084015251166080820152f35b34610295575f6003193601126102955760015480611a16575060205f604051908152f35b5f1981019081116102115760209061060f565b34610295575f6003193601126102955760206040516123288152f35b346102955760206003193601126102955773ffffffffffffffffffffffffffffffffffffffff611a73611ad0565b165f526005602052602067ffffffffffffffff60405f205416604051908152f35b34610295575f600319360112610295576020611aae611dec565b5091505073ffffffffffffffffffffffffffffffffffffffff60405191168152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361029557565b6004359060ff8216820361029557565b9181601f840112156102955782359167ffffffffffffffff8311610295576020808501948460051b01011161029557565b60a0810190811067ffffffffffffffff821117611b5057604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6060810190811067ffffffffffffffff821117611b5057604052565b60c0810190811067ffffffffffffffff821117611b5057604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611b5057604052565b90816020910312610295575180151581036102955790565b60405190611c1b82611b99565b8160a05f5463ffffffff8116835263ffffffff8160201c16602084015263ffffffff8160401c16604084015263ffffffff8160601c16606084015267ffffffffffffffff8160801c16608084015260c01c910152565b9190811015611c815760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3573ffffffffffffffffffffffffffffffffffffffff811681036102955790565b63ffffffff1663ffffffff81146102115760010190565b9063ffffffff8091169116019063ffffffff821161021157565b9067ffffffffffffffff8091169116019067ffffffffffffffff821161021157565b60ff1660028111611d6657805f52600460205261ffff60405f20541680611d555750600103611d51576109c490565b5f90565b5f1991500161ffff81116102115790565b7fd74d9cee000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b519073ffffffffffffffffffffffffffffffffffffffff8216820361029557565b67ffffffffffffffff8111611b5057601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200190565b303b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd3810190811161021157611e3a611e2482611db2565b91611e326040519384611bb5565b808352611db2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06020830191013682378151602d82303c6080828051810103126102955751611e8560408301611d91565b9273ffffffffffffffffffffffffffffffffffffffff8080611eb56080611eae60608901611d91565b9701611d91565b9496169416921690565b9060ff811691821580156120e4575b6120b85773ffffffffffffffffffffffffffffffffffffffff1691825f52600260205260405f20805460ff81161561208c5781547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16601094851b62ff00001617825590921c60ff1691600167ffffffffffffffff825460981c160167ffffffffffffffff81116102115781547fffffffffff0000000000000000ffffffffffffffffffffffffffffffffffffff1660989190911b7affffffffffffffff00000000000000000000000000000000000000161790555f549163ffffffff8360401c16908063ffffffff611fc685828860601c16611ce6565b16039363ffffffff8511610211578115612073575b9363ffffffff6080949381937f4cae8cf68ff5c1432daca2125bfc49b0e5373261a9ef0b7ac9ef03ba030eb383976fffffffff0000000000000000000000008560601b16907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6bffffffff00000000000000008560401b16911617175f556040519586526020860152166040840152166060820152a2565b92916001019363ffffffff851161021157939192611fdb565b847f16d6142c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827f3e44328e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060058311611ece565b73ffffffffffffffffffffffffffffffffffffffff61210b611dec565b925050501633036109d257565b8151919060418303612148576121419250602082015190606060408401519301515f1a90612152565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116121d6579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610a4b575f5173ffffffffffffffffffffffffffffffffffffffff8116156121cc57905f905f90565b505f906001905f90565b5050505f916003919056",
}

// ModelAgent is an auto generated Go binding around an Ethereum contract.
type ModelAgent struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelAgent) GetABI() abi.ABI {
	return c.abi
}

// NewModelAgent creates a new instance of ModelAgent.
func NewModelAgent() *ModelAgent {
	parsed, err := ModelAgentMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelAgent{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelAgent) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (modelAgent *ModelAgent) PackConstructor(registry_ common.Address) []byte {
	enc, err := modelAgent.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTBATCHDISCOUNTBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f9e14cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_BATCH_DISCOUNT_BPS() view returns(uint16)
func (modelAgent *ModelAgent) PackDEFAULTBATCHDISCOUNTBPS() []byte {
	enc, err := modelAgent.abi.Pack("DEFAULT_BATCH_DISCOUNT_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTBATCHDISCOUNTBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f9e14cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_BATCH_DISCOUNT_BPS() view returns(uint16)
func (modelAgent *ModelAgent) TryPackDEFAULTBATCHDISCOUNTBPS() ([]byte, error) {
	return modelAgent.abi.Pack("DEFAULT_BATCH_DISCOUNT_BPS")
}

// UnpackDEFAULTBATCHDISCOUNTBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f9e14cd.
//
// Solidity: function DEFAULT_BATCH_DISCOUNT_BPS() view returns(uint16)
func (modelAgent *ModelAgent) UnpackDEFAULTBATCHDISCOUNTBPS(data []byte) (uint16, error) {
	out, err := modelAgent.abi.Unpack("DEFAULT_BATCH_DISCOUNT_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXDISCOUNTBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x390947cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DISCOUNT_BPS() view returns(uint16)
func (modelAgent *ModelAgent) PackMAXDISCOUNTBPS() []byte {
	enc, err := modelAgent.abi.Pack("MAX_DISCOUNT_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDISCOUNTBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x390947cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DISCOUNT_BPS() view returns(uint16)
func (modelAgent *ModelAgent) TryPackMAXDISCOUNTBPS() ([]byte, error) {
	return modelAgent.abi.Pack("MAX_DISCOUNT_BPS")
}

// UnpackMAXDISCOUNTBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x390947cf.
//
// Solidity: function MAX_DISCOUNT_BPS() view returns(uint16)
func (modelAgent *ModelAgent) UnpackMAXDISCOUNTBPS(data []byte) (uint16, error) {
	out, err := modelAgent.abi.Unpack("MAX_DISCOUNT_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4d1d795.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PERIOD() view returns(uint256)
func (modelAgent *ModelAgent) PackPERIOD() []byte {
	enc, err := modelAgent.abi.Pack("PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4d1d795.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PERIOD() view returns(uint256)
func (modelAgent *ModelAgent) TryPackPERIOD() ([]byte, error) {
	return modelAgent.abi.Pack("PERIOD")
}

// UnpackPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4d1d795.
//
// Solidity: function PERIOD() view returns(uint256)
func (modelAgent *ModelAgent) UnpackPERIOD(data []byte) (*big.Int, error) {
	out, err := modelAgent.abi.Unpack("PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTIERBASIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc42fc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TIER_BASIC() view returns(uint8)
func (modelAgent *ModelAgent) PackTIERBASIC() []byte {
	enc, err := modelAgent.abi.Pack("TIER_BASIC")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTIERBASIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc42fc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TIER_BASIC() view returns(uint8)
func (modelAgent *ModelAgent) TryPackTIERBASIC() ([]byte, error) {
	return modelAgent.abi.Pack("TIER_BASIC")
}

// UnpackTIERBASIC is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdcc42fc2.
//
// Solidity: function TIER_BASIC() view returns(uint8)
func (modelAgent *ModelAgent) UnpackTIERBASIC(data []byte) (uint8, error) {
	out, err := modelAgent.abi.Unpack("TIER_BASIC", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTIERBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe90c7f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TIER_BATCH() view returns(uint8)
func (modelAgent *ModelAgent) PackTIERBATCH() []byte {
	enc, err := modelAgent.abi.Pack("TIER_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTIERBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe90c7f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TIER_BATCH() view returns(uint8)
func (modelAgent *ModelAgent) TryPackTIERBATCH() ([]byte, error) {
	return modelAgent.abi.Pack("TIER_BATCH")
}

// UnpackTIERBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe90c7f19.
//
// Solidity: function TIER_BATCH() view returns(uint8)
func (modelAgent *ModelAgent) UnpackTIERBATCH(data []byte) (uint8, error) {
	out, err := modelAgent.abi.Unpack("TIER_BATCH", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTIERENTERPRISE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c08fe0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TIER_ENTERPRISE() view returns(uint8)
func (modelAgent *ModelAgent) PackTIERENTERPRISE() []byte {
	enc, err := modelAgent.abi.Pack("TIER_ENTERPRISE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTIERENTERPRISE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c08fe0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TIER_ENTERPRISE() view returns(uint8)
func (modelAgent *ModelAgent) TryPackTIERENTERPRISE() ([]byte, error) {
	return modelAgent.abi.Pack("TIER_ENTERPRISE")
}

// UnpackTIERENTERPRISE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c08fe0f.
//
// Solidity: function TIER_ENTERPRISE() view returns(uint8)
func (modelAgent *ModelAgent) UnpackTIERENTERPRISE(data []byte) (uint8, error) {
	out, err := modelAgent.abi.Unpack("TIER_ENTERPRISE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEnterprisePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e8efb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enterprisePrice(address consumer) view returns(uint64)
func (modelAgent *ModelAgent) PackEnterprisePrice(consumer common.Address) []byte {
	enc, err := modelAgent.abi.Pack("enterprisePrice", consumer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnterprisePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e8efb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enterprisePrice(address consumer) view returns(uint64)
func (modelAgent *ModelAgent) TryPackEnterprisePrice(consumer common.Address) ([]byte, error) {
	return modelAgent.abi.Pack("enterprisePrice", consumer)
}

// UnpackEnterprisePrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e8efb96.
//
// Solidity: function enterprisePrice(address consumer) view returns(uint64)
func (modelAgent *ModelAgent) UnpackEnterprisePrice(data []byte) (uint64, error) {
	out, err := modelAgent.abi.Unpack("enterprisePrice", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governor() view returns(address g)
func (modelAgent *ModelAgent) PackGovernor() []byte {
	enc, err := modelAgent.abi.Pack("governor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governor() view returns(address g)
func (modelAgent *ModelAgent) TryPackGovernor() ([]byte, error) {
	return modelAgent.abi.Pack("governor")
}

// UnpackGovernor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c340a24.
//
// Solidity: function governor() view returns(address g)
func (modelAgent *ModelAgent) UnpackGovernor(data []byte) (common.Address, error) {
	out, err := modelAgent.abi.Unpack("governor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_) returns()
func (modelAgent *ModelAgent) PackInitialize(owner common.Address) []byte {
	enc, err := modelAgent.abi.Pack("initialize", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_) returns()
func (modelAgent *ModelAgent) TryPackInitialize(owner common.Address) ([]byte, error) {
	return modelAgent.abi.Pack("initialize", owner)
}

// PackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMember(address account) view returns(bool)
func (modelAgent *ModelAgent) PackIsMember(account common.Address) []byte {
	enc, err := modelAgent.abi.Pack("isMember", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMember(address account) view returns(bool)
func (modelAgent *ModelAgent) TryPackIsMember(account common.Address) ([]byte, error) {
	return modelAgent.abi.Pack("isMember", account)
}

// UnpackIsMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa230c524.
//
// Solidity: function isMember(address account) view returns(bool)
func (modelAgent *ModelAgent) UnpackIsMember(data []byte) (bool, error) {
	out, err := modelAgent.abi.Unpack("isMember", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMemberOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b4c9891.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberOf(address account) view returns((bool,bool,uint8,uint128,uint64))
func (modelAgent *ModelAgent) PackMemberOf(account common.Address) []byte {
	enc, err := modelAgent.abi.Pack("memberOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b4c9891.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberOf(address account) view returns((bool,bool,uint8,uint128,uint64))
func (modelAgent *ModelAgent) TryPackMemberOf(account common.Address) ([]byte, error) {
	return modelAgent.abi.Pack("memberOf", account)
}

// UnpackMemberOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b4c9891.
//
// Solidity: function memberOf(address account) view returns((bool,bool,uint8,uint128,uint64))
func (modelAgent *ModelAgent) UnpackMemberOf(data []byte) (ModelAgentMember, error) {
	out, err := modelAgent.abi.Unpack("memberOf", data)
	if err != nil {
		return *new(ModelAgentMember), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelAgentMember)).(*ModelAgentMember)
	return out0, nil
}

// PackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelId() view returns(uint256 id)
func (modelAgent *ModelAgent) PackModelId() []byte {
	enc, err := modelAgent.abi.Pack("modelId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelId() view returns(uint256 id)
func (modelAgent *ModelAgent) TryPackModelId() ([]byte, error) {
	return modelAgent.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(uint256 id)
func (modelAgent *ModelAgent) UnpackModelId(data []byte) (*big.Int, error) {
	out, err := modelAgent.abi.Unpack("modelId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address member) view returns(uint256)
func (modelAgent *ModelAgent) PackNonces(member common.Address) []byte {
	enc, err := modelAgent.abi.Pack("nonces", member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address member) view returns(uint256)
func (modelAgent *ModelAgent) TryPackNonces(member common.Address) ([]byte, error) {
	return modelAgent.abi.Pack("nonces", member)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address member) view returns(uint256)
func (modelAgent *ModelAgent) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := modelAgent.abi.Unpack("nonces", data)
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
// Solidity: function owner() view returns(address o)
func (modelAgent *ModelAgent) PackOwner() []byte {
	enc, err := modelAgent.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address o)
func (modelAgent *ModelAgent) TryPackOwner() ([]byte, error) {
	return modelAgent.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address o)
func (modelAgent *ModelAgent) UnpackOwner(data []byte) (common.Address, error) {
	out, err := modelAgent.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerChanged is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69da2a44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerChanged(address newOwner) returns()
func (modelAgent *ModelAgent) PackOwnerChanged(newOwner common.Address) []byte {
	enc, err := modelAgent.abi.Pack("ownerChanged", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerChanged is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69da2a44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerChanged(address newOwner) returns()
func (modelAgent *ModelAgent) TryPackOwnerChanged(newOwner common.Address) ([]byte, error) {
	return modelAgent.abi.Pack("ownerChanged", newOwner)
}

// PackRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c04b547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rate(uint8 stars) returns()
func (modelAgent *ModelAgent) PackRate(stars uint8) []byte {
	enc, err := modelAgent.abi.Pack("rate", stars)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c04b547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rate(uint8 stars) returns()
func (modelAgent *ModelAgent) TryPackRate(stars uint8) ([]byte, error) {
	return modelAgent.abi.Pack("rate", stars)
}

// PackRateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe6a1820.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rateBySig(uint8 stars, address member, uint256 deadline, bytes signature) returns()
func (modelAgent *ModelAgent) PackRateBySig(stars uint8, member common.Address, deadline *big.Int, signature []byte) []byte {
	enc, err := modelAgent.abi.Pack("rateBySig", stars, member, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe6a1820.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rateBySig(uint8 stars, address member, uint256 deadline, bytes signature) returns()
func (modelAgent *ModelAgent) TryPackRateBySig(stars uint8, member common.Address, deadline *big.Int, signature []byte) ([]byte, error) {
	return modelAgent.abi.Pack("rateBySig", stars, member, deadline, signature)
}

// PackRatingMean is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf60eeffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ratingMean() view returns(uint256)
func (modelAgent *ModelAgent) PackRatingMean() []byte {
	enc, err := modelAgent.abi.Pack("ratingMean")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRatingMean is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf60eeffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ratingMean() view returns(uint256)
func (modelAgent *ModelAgent) TryPackRatingMean() ([]byte, error) {
	return modelAgent.abi.Pack("ratingMean")
}

// UnpackRatingMean is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf60eeffc.
//
// Solidity: function ratingMean() view returns(uint256)
func (modelAgent *ModelAgent) UnpackRatingMean(data []byte) (*big.Int, error) {
	out, err := modelAgent.abi.Unpack("ratingMean", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecordMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4279c21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordMint(address[] to, uint256[] amounts) returns()
func (modelAgent *ModelAgent) PackRecordMint(to []common.Address, amounts []*big.Int) []byte {
	enc, err := modelAgent.abi.Pack("recordMint", to, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4279c21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordMint(address[] to, uint256[] amounts) returns()
func (modelAgent *ModelAgent) TryPackRecordMint(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return modelAgent.abi.Pack("recordMint", to, amounts)
}

// PackRecordUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d6a3fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordUsage(uint256 calls, uint256 fees, address[] consumers) returns()
func (modelAgent *ModelAgent) PackRecordUsage(calls *big.Int, fees *big.Int, consumers []common.Address) []byte {
	enc, err := modelAgent.abi.Pack("recordUsage", calls, fees, consumers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d6a3fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordUsage(uint256 calls, uint256 fees, address[] consumers) returns()
func (modelAgent *ModelAgent) TryPackRecordUsage(calls *big.Int, fees *big.Int, consumers []common.Address) ([]byte, error) {
	return modelAgent.abi.Pack("recordUsage", calls, fees, consumers)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (modelAgent *ModelAgent) PackRegistry() []byte {
	enc, err := modelAgent.abi.Pack("registry")
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
func (modelAgent *ModelAgent) TryPackRegistry() ([]byte, error) {
	return modelAgent.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (modelAgent *ModelAgent) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := modelAgent.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetEnterprisePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefbe620f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEnterprisePrice(address consumer, uint64 price) returns()
func (modelAgent *ModelAgent) PackSetEnterprisePrice(consumer common.Address, price uint64) []byte {
	enc, err := modelAgent.abi.Pack("setEnterprisePrice", consumer, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEnterprisePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefbe620f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEnterprisePrice(address consumer, uint64 price) returns()
func (modelAgent *ModelAgent) TryPackSetEnterprisePrice(consumer common.Address, price uint64) ([]byte, error) {
	return modelAgent.abi.Pack("setEnterprisePrice", consumer, price)
}

// PackSetTierDiscount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe827b79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTierDiscount(uint8 tier, uint16 bps) returns()
func (modelAgent *ModelAgent) PackSetTierDiscount(tier uint8, bps uint16) []byte {
	enc, err := modelAgent.abi.Pack("setTierDiscount", tier, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTierDiscount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe827b79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTierDiscount(uint8 tier, uint16 bps) returns()
func (modelAgent *ModelAgent) TryPackSetTierDiscount(tier uint8, bps uint16) ([]byte, error) {
	return modelAgent.abi.Pack("setTierDiscount", tier, bps)
}

// PackStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd80528ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stats() view returns((uint32,uint32,uint32,uint32,uint64,uint64))
func (modelAgent *ModelAgent) PackStats() []byte {
	enc, err := modelAgent.abi.Pack("stats")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd80528ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stats() view returns((uint32,uint32,uint32,uint32,uint64,uint64))
func (modelAgent *ModelAgent) TryPackStats() ([]byte, error) {
	return modelAgent.abi.Pack("stats")
}

// UnpackStats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd80528ae.
//
// Solidity: function stats() view returns((uint32,uint32,uint32,uint32,uint64,uint64))
func (modelAgent *ModelAgent) UnpackStats(data []byte) (ModelAgentStats, error) {
	out, err := modelAgent.abi.Unpack("stats", data)
	if err != nil {
		return *new(ModelAgentStats), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelAgentStats)).(*ModelAgentStats)
	return out0, nil
}

// PackTierDiscountBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a71504c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tierDiscountBps(uint8 tier) view returns(uint16)
func (modelAgent *ModelAgent) PackTierDiscountBps(tier uint8) []byte {
	enc, err := modelAgent.abi.Pack("tierDiscountBps", tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTierDiscountBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a71504c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tierDiscountBps(uint8 tier) view returns(uint16)
func (modelAgent *ModelAgent) TryPackTierDiscountBps(tier uint8) ([]byte, error) {
	return modelAgent.abi.Pack("tierDiscountBps", tier)
}

// UnpackTierDiscountBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a71504c.
//
// Solidity: function tierDiscountBps(uint8 tier) view returns(uint16)
func (modelAgent *ModelAgent) UnpackTierDiscountBps(data []byte) (uint16, error) {
	out, err := modelAgent.abi.Unpack("tierDiscountBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address tl)
func (modelAgent *ModelAgent) PackTimelock() []byte {
	enc, err := modelAgent.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address tl)
func (modelAgent *ModelAgent) TryPackTimelock() ([]byte, error) {
	return modelAgent.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address tl)
func (modelAgent *ModelAgent) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := modelAgent.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address t)
func (modelAgent *ModelAgent) PackToken() []byte {
	enc, err := modelAgent.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address t)
func (modelAgent *ModelAgent) TryPackToken() ([]byte, error) {
	return modelAgent.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address t)
func (modelAgent *ModelAgent) UnpackToken(data []byte) (common.Address, error) {
	out, err := modelAgent.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a98ef39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalShares() view returns(uint256)
func (modelAgent *ModelAgent) PackTotalShares() []byte {
	enc, err := modelAgent.abi.Pack("totalShares")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a98ef39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalShares() view returns(uint256)
func (modelAgent *ModelAgent) TryPackTotalShares() ([]byte, error) {
	return modelAgent.abi.Pack("totalShares")
}

// UnpackTotalShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a98ef39.
//
// Solidity: function totalShares() view returns(uint256)
func (modelAgent *ModelAgent) UnpackTotalShares(data []byte) (*big.Int, error) {
	out, err := modelAgent.abi.Unpack("totalShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUsageIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7696bbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usageIn(uint256 period) view returns((uint64,uint64,uint32))
func (modelAgent *ModelAgent) PackUsageIn(period *big.Int) []byte {
	enc, err := modelAgent.abi.Pack("usageIn", period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsageIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7696bbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usageIn(uint256 period) view returns((uint64,uint64,uint32))
func (modelAgent *ModelAgent) TryPackUsageIn(period *big.Int) ([]byte, error) {
	return modelAgent.abi.Pack("usageIn", period)
}

// UnpackUsageIn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7696bbf.
//
// Solidity: function usageIn(uint256 period) view returns((uint64,uint64,uint32))
func (modelAgent *ModelAgent) UnpackUsageIn(data []byte) (ModelAgentPeriodUsage, error) {
	out, err := modelAgent.abi.Unpack("usageIn", data)
	if err != nil {
		return *new(ModelAgentPeriodUsage), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelAgentPeriodUsage)).(*ModelAgentPeriodUsage)
	return out0, nil
}

// ModelAgentEnterprisePriceSet represents a EnterprisePriceSet event raised by the ModelAgent contract.
type ModelAgentEnterprisePriceSet struct {
	Consumer common.Address
	Price    uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelAgentEnterprisePriceSetEventName = "EnterprisePriceSet"

// ContractEventName returns the user-defined event name.
func (ModelAgentEnterprisePriceSet) ContractEventName() string {
	return ModelAgentEnterprisePriceSetEventName
}

// UnpackEnterprisePriceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnterprisePriceSet(address indexed consumer, uint64 price)
func (modelAgent *ModelAgent) UnpackEnterprisePriceSetEvent(log *types.Log) (*ModelAgentEnterprisePriceSet, error) {
	event := "EnterprisePriceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelAgent.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelAgentEnterprisePriceSet)
	if len(log.Data) > 0 {
		if err := modelAgent.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelAgent.abi.Events[event].Inputs {
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

// ModelAgentMemberJoined represents a MemberJoined event raised by the ModelAgent contract.
type ModelAgentMemberJoined struct {
	Account common.Address
	Reason  uint8
	Members *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelAgentMemberJoinedEventName = "MemberJoined"

// ContractEventName returns the user-defined event name.
func (ModelAgentMemberJoined) ContractEventName() string {
	return ModelAgentMemberJoinedEventName
}

// UnpackMemberJoinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberJoined(address indexed account, uint8 reason, uint256 members)
func (modelAgent *ModelAgent) UnpackMemberJoinedEvent(log *types.Log) (*ModelAgentMemberJoined, error) {
	event := "MemberJoined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelAgent.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelAgentMemberJoined)
	if len(log.Data) > 0 {
		if err := modelAgent.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelAgent.abi.Events[event].Inputs {
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

// ModelAgentRated represents a Rated event raised by the ModelAgent contract.
type ModelAgentRated struct {
	Member    common.Address
	Stars     uint8
	Previous  uint8
	Ratings   *big.Int
	RatingSum *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ModelAgentRatedEventName = "Rated"

// ContractEventName returns the user-defined event name.
func (ModelAgentRated) ContractEventName() string {
	return ModelAgentRatedEventName
}

// UnpackRatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Rated(address indexed member, uint8 stars, uint8 previous, uint256 ratings, uint256 ratingSum)
func (modelAgent *ModelAgent) UnpackRatedEvent(log *types.Log) (*ModelAgentRated, error) {
	event := "Rated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelAgent.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelAgentRated)
	if len(log.Data) > 0 {
		if err := modelAgent.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelAgent.abi.Events[event].Inputs {
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

// ModelAgentTierDiscountSet represents a TierDiscountSet event raised by the ModelAgent contract.
type ModelAgentTierDiscountSet struct {
	Tier uint8
	Bps  uint16
	Raw  *types.Log // Blockchain specific contextual infos
}

const ModelAgentTierDiscountSetEventName = "TierDiscountSet"

// ContractEventName returns the user-defined event name.
func (ModelAgentTierDiscountSet) ContractEventName() string {
	return ModelAgentTierDiscountSetEventName
}

// UnpackTierDiscountSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TierDiscountSet(uint8 indexed tier, uint16 bps)
func (modelAgent *ModelAgent) UnpackTierDiscountSetEvent(log *types.Log) (*ModelAgentTierDiscountSet, error) {
	event := "TierDiscountSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelAgent.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelAgentTierDiscountSet)
	if len(log.Data) > 0 {
		if err := modelAgent.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelAgent.abi.Events[event].Inputs {
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

// ModelAgentTrainingSharesGrown represents a TrainingSharesGrown event raised by the ModelAgent contract.
type ModelAgentTrainingSharesGrown struct {
	Account     common.Address
	Amount      *big.Int
	Shares      *big.Int
	TotalShares *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelAgentTrainingSharesGrownEventName = "TrainingSharesGrown"

// ContractEventName returns the user-defined event name.
func (ModelAgentTrainingSharesGrown) ContractEventName() string {
	return ModelAgentTrainingSharesGrownEventName
}

// UnpackTrainingSharesGrownEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TrainingSharesGrown(address indexed account, uint256 amount, uint256 shares, uint256 totalShares)
func (modelAgent *ModelAgent) UnpackTrainingSharesGrownEvent(log *types.Log) (*ModelAgentTrainingSharesGrown, error) {
	event := "TrainingSharesGrown"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelAgent.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelAgentTrainingSharesGrown)
	if len(log.Data) > 0 {
		if err := modelAgent.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelAgent.abi.Events[event].Inputs {
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

// ModelAgentUsageRecorded represents a UsageRecorded event raised by the ModelAgent contract.
type ModelAgentUsageRecorded struct {
	Period     *big.Int
	Calls      *big.Int
	Fees       *big.Int
	NewUsers   *big.Int
	TotalCalls *big.Int
	TotalFees  *big.Int
	Users      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelAgentUsageRecordedEventName = "UsageRecorded"

// ContractEventName returns the user-defined event name.
func (ModelAgentUsageRecorded) ContractEventName() string {
	return ModelAgentUsageRecordedEventName
}

// UnpackUsageRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageRecorded(uint256 indexed period, uint256 calls, uint256 fees, uint256 newUsers, uint256 totalCalls, uint256 totalFees, uint256 users)
func (modelAgent *ModelAgent) UnpackUsageRecordedEvent(log *types.Log) (*ModelAgentUsageRecorded, error) {
	event := "UsageRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelAgent.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelAgentUsageRecorded)
	if len(log.Data) > 0 {
		if err := modelAgent.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelAgent.abi.Events[event].Inputs {
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
func (modelAgent *ModelAgent) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return modelAgent.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["DiscountTooHigh"].ID.Bytes()[:4]) {
		return modelAgent.UnpackDiscountTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return modelAgent.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["NotMember"].ID.Bytes()[:4]) {
		return modelAgent.UnpackNotMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["RatingOutOfRange"].ID.Bytes()[:4]) {
		return modelAgent.UnpackRatingOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["RatingSignatureExpired"].ID.Bytes()[:4]) {
		return modelAgent.UnpackRatingSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["RatingSignatureInvalid"].ID.Bytes()[:4]) {
		return modelAgent.UnpackRatingSignatureInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["TierUnknown"].ID.Bytes()[:4]) {
		return modelAgent.UnpackTierUnknownError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelAgent.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return modelAgent.UnpackUnauthorizedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelAgentAlreadyInitialized represents a AlreadyInitialized error raised by the ModelAgent contract.
type ModelAgentAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func ModelAgentAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (modelAgent *ModelAgent) UnpackAlreadyInitializedError(raw []byte) (*ModelAgentAlreadyInitialized, error) {
	out := new(ModelAgentAlreadyInitialized)
	if err := modelAgent.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelAgentDiscountTooHigh represents a DiscountTooHigh error raised by the ModelAgent contract.
type ModelAgentDiscountTooHigh struct {
	Bps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DiscountTooHigh(uint16 bps)
func ModelAgentDiscountTooHighErrorID() common.Hash {
	return common.HexToHash("0xf1f2360397c0e11e0801df0f02e30ef1cac4a865aedb01f63e2f1711a90f0cb5")
}

// UnpackDiscountTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DiscountTooHigh(uint16 bps)
func (modelAgent *ModelAgent) UnpackDiscountTooHighError(raw []byte) (*ModelAgentDiscountTooHigh, error) {
	out := new(ModelAgentDiscountTooHigh)
	if err := modelAgent.abi.UnpackIntoInterface(out, "DiscountTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelAgentLengthMismatch represents a LengthMismatch error raised by the ModelAgent contract.
type ModelAgentLengthMismatch struct {
	To      *big.Int
	Amounts *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 to, uint256 amounts)
func ModelAgentLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 to, uint256 amounts)
func (modelAgent *ModelAgent) UnpackLengthMismatchError(raw []byte) (*ModelAgentLengthMismatch, error) {
	out := new(ModelAgentLengthMismatch)
	if err := modelAgent.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelAgentNotMember represents a NotMember error raised by the ModelAgent contract.
type ModelAgentNotMember struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMember(address account)
func ModelAgentNotMemberErrorID() common.Hash {
	return common.HexToHash("0x16d6142c051fd31eaf080eccdc319a6d11b659baa2266c1e4d7e444bd19c4a32")
}

// UnpackNotMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMember(address account)
func (modelAgent *ModelAgent) UnpackNotMemberError(raw []byte) (*ModelAgentNotMember, error) {
	out := new(ModelAgentNotMember)
	if err := modelAgent.abi.UnpackIntoInterface(out, "NotMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelAgentRatingOutOfRange represents a RatingOutOfRange error raised by the ModelAgent contract.
type ModelAgentRatingOutOfRange struct {
	Stars uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RatingOutOfRange(uint8 stars)
func ModelAgentRatingOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x3e44328e163fde2e4a975eb2815a0d32797925aeb3d81097c60654f4371381b5")
}

// UnpackRatingOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RatingOutOfRange(uint8 stars)
func (modelAgent *ModelAgent) UnpackRatingOutOfRangeError(raw []byte) (*ModelAgentRatingOutOfRange, error) {
	out := new(ModelAgentRatingOutOfRange)
	if err := modelAgent.abi.UnpackIntoInterface(out, "RatingOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelAgentRatingSignatureExpired represents a RatingSignatureExpired error raised by the ModelAgent contract.
type ModelAgentRatingSignatureExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RatingSignatureExpired(uint256 deadline)
func ModelAgentRatingSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xa1638996fb7a24fc8de7e719af6669c0bf9f59e802a801a2bc227e44605e2694")
}

// UnpackRatingSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RatingSignatureExpired(uint256 deadline)
func (modelAgent *ModelAgent) UnpackRatingSignatureExpiredError(raw []byte) (*ModelAgentRatingSignatureExpired, error) {
	out := new(ModelAgentRatingSignatureExpired)
	if err := modelAgent.abi.UnpackIntoInterface(out, "RatingSignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelAgentRatingSignatureInvalid represents a RatingSignatureInvalid error raised by the ModelAgent contract.
type ModelAgentRatingSignatureInvalid struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RatingSignatureInvalid(address member)
func ModelAgentRatingSignatureInvalidErrorID() common.Hash {
	return common.HexToHash("0x440051fc4f0c9a66eaa8ff79ad2d1f187ef2d630b9dfe9b08c9d18460c8f270a")
}

// UnpackRatingSignatureInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RatingSignatureInvalid(address member)
func (modelAgent *ModelAgent) UnpackRatingSignatureInvalidError(raw []byte) (*ModelAgentRatingSignatureInvalid, error) {
	out := new(ModelAgentRatingSignatureInvalid)
	if err := modelAgent.abi.UnpackIntoInterface(out, "RatingSignatureInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelAgentTierUnknown represents a TierUnknown error raised by the ModelAgent contract.
type ModelAgentTierUnknown struct {
	Tier uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TierUnknown(uint8 tier)
func ModelAgentTierUnknownErrorID() common.Hash {
	return common.HexToHash("0xd74d9ceed9977b6efec77022b2dcd25fe676018849ec51d48c49dd0f14a7c6c5")
}

// UnpackTierUnknownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TierUnknown(uint8 tier)
func (modelAgent *ModelAgent) UnpackTierUnknownError(raw []byte) (*ModelAgentTierUnknown, error) {
	out := new(ModelAgentTierUnknown)
	if err := modelAgent.abi.UnpackIntoInterface(out, "TierUnknown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelAgentUnauthorized represents a Unauthorized error raised by the ModelAgent contract.
type ModelAgentUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func ModelAgentUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (modelAgent *ModelAgent) UnpackUnauthorizedError(raw []byte) (*ModelAgentUnauthorized, error) {
	out := new(ModelAgentUnauthorized)
	if err := modelAgent.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorMetaData contains all meta data concerning the ModelGovernor contract.
var ModelGovernorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"timelockImplementation\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CloneArgumentsTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorAlreadyCastVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorAlreadyQueuedProposal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorDisabledDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"GovernorInsufficientProposerVotes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"calldatas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidProposalLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumDenominator\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidQuorumFraction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votingPeriod\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidVotingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNonexistentProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorOnlyExecutor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingNotRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GovernorRestrictedProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorUnableToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"GovernorUnexpectedProposalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"changed\",\"type\":\"uint48\"}],\"name\":\"ProposerVotesChangedThisHour\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"etaSeconds\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_QUORUM_PERCENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_VOTING_DELAY\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TIMELOCK_IMPLEMENTATION\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"getProposalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"proposalNeedsQueuing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newVotingDelay\",\"type\":\"uint48\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newVotingPeriod\",\"type\":\"uint32\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"t\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "d13253690e89b8b56c3bcf3a99a30ebda4",
	Bin: "0x60a03461010957601f614b5d38819003918201601f19168301916001600160401b0383118484101761010d5780849260209460405283398101031261010957516001600160a01b0381168103610109576080525f516020614b3d5f395f51905f525460ff8160401c166100fa576002600160401b03196001600160401b038216016100a4575b604051614a1b90816101228239608051818181611c550152612cb80152f35b6001600160401b0319166001600160401b039081175f516020614b3d5f395f51905f52556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f610085565b63f92ee8a960e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610022575b3615610018575f80fd5b610020612df0565b005b5f3560e01c806301ffc9a71461035c57806302a251a31461035757806306401c011461035257806306f3f9e61461034d57806306fdde0314610348578063143489d014610343578063150b7a021461033e578063160cbed7146103395780632656227d146103345780632d63f6931461032f5780632fe3e2611461032a5780633932abb1146103255780633e4f49e614610320578063438596321461031b578063452115d6146103165780634bf5d7e914610311578063544ffc9c1461030c57806354fd4d501461030757806356781388146103025780635b8d0e0d146102fd5780635f398a14146102f857806360c4247f146102f357806379051887146102ee5780637b3c71d3146102e95780637d5e81e2146102e45780637ecebe00146102df57806384b0196e146102da5780638ff262e3146102d557806391ddadf4146102d057806397c3d334146102cb5780639a802a6d146102c6578063a7713a70146102c1578063a8f8a66814610299578063a9a95294146102bc578063ab58fb8e146102b7578063aedfe53f146102b2578063b58131b0146102ad578063bc197c81146102a8578063c01f9e37146102a3578063c28bc2fa1461029e578063c59057e414610299578063d33219b414610294578063d66abd521461028f578063db8b24cf1461028a578063dd4e2ba514610285578063deaaa7cc14610280578063e540d01d1461027b578063eb9019d414610276578063ece40cc114610271578063f23a6e611461026c578063f8ce560a146102675763fc0c546a0361000e57611fd6565b611fb8565b611f20565b611e8f565b611e3d565b611d2d565b611cf3565b611c94565b611c79565b611c29565b611c0f565b6119ea565b611b7c565b611b5e565b611a96565b611a5b565b611a40565b611a22565b611a06565b6119d0565b6118ef565b6118d4565b6118aa565b611731565b611687565b6115ec565b61153a565b6114e4565b6113fa565b6113cc565b611355565b6112ac565b611245565b61121a565b6111ba565b61119f565b610f70565b610eee565b610ebf565b610e65565b610e2b565b610dd9565b610bbc565b610a12565b610785565b610616565b6105e3565b6104aa565b61048f565b61046d565b3461045f57602060031936011261045f576004357fffffffff00000000000000000000000000000000000000000000000000000000811680910361045f577fcdbdfcee000000000000000000000000000000000000000000000000000000008114908115610435575b811561040b575b81156103e1575b506040519015158152602090f35b7f01ffc9a7000000000000000000000000000000000000000000000000000000009150145f6103d3565b7f4e2312e000000000000000000000000000000000000000000000000000000000811491506103cc565b7f65455a8600000000000000000000000000000000000000000000000000000000811491506103c5565b5f80fd5b5f91031261045f57565b3461045f575f60031936011261045f57602061048761200f565b604051908152f35b3461045f575f60031936011261045f57602060405160018152f35b3461045f57602060031936011261045f576004356104c6612e17565b6064811161058e576104d6612890565b906104df612809565b9179ffffffffffffffffffffffffffffffffffffffffffffffffffff821161055d576105497f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b46339979379ffffffffffffffffffffffffffffffffffffffffffffffffffff8416906140fb565b5050604080519182526020820192909252a1005b507f6dfcc650000000000000000000000000000000000000000000000000000000005f5260d060045260245260445ffd5b7f243e5445000000000000000000000000000000000000000000000000000000005f52600452606460245260445ffd5b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b3461045f575f60031936011261045f576106126105fe612058565b6040519182916020835260208301906105be565b0390f35b3461045f57602060031936011261045f5760206106736004355f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205273ffffffffffffffffffffffffffffffffffffffff60405f20541690565b73ffffffffffffffffffffffffffffffffffffffff60405191168152f35b73ffffffffffffffffffffffffffffffffffffffff81160361045f57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f601f19910116810190811067ffffffffffffffff8211176106ff57604052565b6106af565b604051906107136040836106dc565b565b67ffffffffffffffff81116106ff57601f01601f191660200190565b92919261073d82610715565b9161074b60405193846106dc565b82948184528183011161045f578281602093845f960137010152565b9080601f8301121561045f5781602061078293359101610731565b90565b3461045f57608060031936011261045f576107a1600435610691565b6107ac602435610691565b60643567ffffffffffffffff811161045f576107cc903690600401610767565b506107d5612bd2565b73ffffffffffffffffffffffffffffffffffffffff3091160361081d576040517f150b7a02000000000000000000000000000000000000000000000000000000008152602090f35b7fe90a651e000000000000000000000000000000000000000000000000000000005f5260045ffd5b67ffffffffffffffff81116106ff5760051b60200190565b9080601f8301121561045f57813561087481610845565b9261088260405194856106dc565b81845260208085019260051b82010192831161045f57602001905b8282106108aa5750505090565b6020809183356108b981610691565b81520191019061089d565b9080601f8301121561045f5781356108db81610845565b926108e960405194856106dc565b81845260208085019260051b82010192831161045f57602001905b8282106109115750505090565b8135815260209182019101610904565b9080601f8301121561045f57813561093881610845565b9261094660405194856106dc565b81845260208085019260051b8201019183831161045f5760208201905b83821061097257505050505090565b813567ffffffffffffffff811161045f5760209161099587848094880101610767565b815201910190610963565b608060031982011261045f5760043567ffffffffffffffff811161045f57816109cb9160040161085d565b9160243567ffffffffffffffff811161045f57826109eb916004016108c4565b916044359067ffffffffffffffff821161045f57610a0b91600401610921565b9060643590565b3461045f57610a20366109a0565b92610a3084838584969596612b6b565b92610a3a84612efa565b50610a65610a4c610a4c610a4c612bd2565b73ffffffffffffffffffffffffffffffffffffffff1690565b604051937ff27a0c92000000000000000000000000000000000000000000000000000000008552602085600481855afa948515610b86575f95610b8b575b50813b1561045f575f8094610ae8876040519a8b97889687957f8f2a0bb000000000000000000000000000000000000000000000000000000000875260048701613003565b03925af1908115610b8657610b3a610b2f610b5992610612967f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda289295610b6c575b504261305e565b65ffffffffffff1690565b6040805185815265ffffffffffff909216602083015290918291820190565b0390a16040519081529081906020820190565b80610b7a5f610b80936106dc565b80610463565b5f610b28565b612274565b610bae91955060203d602011610bb5575b610ba681836106dc565b810190612931565b935f610aa3565b503d610b9c565b610bc5366109a0565b909291610bd482858386612b6b565b92610be8610be26005612ece565b85612fac565b50610c726001610c20867f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb01905f5260205260405f2090565b907fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7eff000000000000000000000000000000000000000000000000000000000000835492151560f01b169116179055565b610c7a612bd2565b73ffffffffffffffffffffffffffffffffffffffff30911603610d67575b93610ca79291610612956130ae565b30610cb3610a4c612bd2565b141580610d1a575b610cf2575b6040518181527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f908060208101610b59565b5f7f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0255610cc0565b50610d62610d5e7f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb02546fffffffffffffffffffffffffffffffff81169060801c1490565b1590565b610cbb565b915f9391935b8351811015610dcf5760019030610da4610a4c610d8a84896120c0565b5173ffffffffffffffffffffffffffffffffffffffff1690565b14610db0575b01610d6d565b610dca610dbd82896120c0565b516020815191012061306b565b610daa565b5090929091610c98565b3461045f57602060031936011261045f5760206104876004355f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205265ffffffffffff60405f205460a01c1690565b3461045f575f60031936011261045f5760206040517f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118152f35b3461045f575f60031936011261045f5760206104876120d9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6008811015610eba57602452565b610e7f565b3461045f57602060031936011261045f57610edb60043561210d565b6040516008821015610eba576020918152f35b3461045f57604060031936011261045f57602060ff610f64602435600435610f1582610691565b5f527fa1cefa0f43667ef127a258e673c94202a79b656e62899531c4376d87a7f398008452600360405f20019073ffffffffffffffffffffffffffffffffffffffff165f5260205260405f2090565b54166040519015158152f35b3461045f57610f7e366109a0565b91610f8b83838387612b6b565b93610f958561210d565b6008811015610eba571580611139575b1561110957610fb49450612b6b565b610fbf603b82612fac565b5061103d610ff4825f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205260405f2090565b7f01000000000000000000000000000000000000000000000000000000000000007effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff825416179055565b6040518181527f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c90602090a161107281612940565b611082575b604051908152602090f35b611093610a4c610a4c610a4c612bd2565b90813b1561045f575f60405180937fc4d252f50000000000000000000000000000000000000000000000000000000082528183816110d987600483019190602083019252565b03925af1918215610b8657610612926110f5575b509050611077565b80610b7a5f611103936106dc565b5f6110ed565b847f8fe5d8a9000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b5073ffffffffffffffffffffffffffffffffffffffff611197865f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205273ffffffffffffffffffffffffffffffffffffffff60405f20541690565b163314610fa5565b3461045f575f60031936011261045f576106126105fe61227f565b3461045f57602060031936011261045f576004355f527fa1cefa0f43667ef127a258e673c94202a79b656e62899531c4376d87a7f39800602052606060405f20805490600260018201549101549060405192835260208301526040820152f35b3461045f575f60031936011261045f576106126105fe612367565b6024359060ff8216820361045f57565b3461045f57604060031936011261045f576020610487600435611266611235565b6040519161127485846106dc565b5f835233906131fa565b9181601f8401121561045f5782359167ffffffffffffffff831161045f576020838186019501011161045f57565b3461045f5760c060031936011261045f576004356112c8611235565b90604435906112d682610691565b60643567ffffffffffffffff811161045f576112f690369060040161127e565b60843567ffffffffffffffff811161045f57611316903690600401610767565b9160a4359467ffffffffffffffff861161045f576106129661133f611345973690600401610767565b956123a2565b6040519081529081906020820190565b3461045f57608060031936011261045f57600435611371611235565b9060443567ffffffffffffffff811161045f5761139290369060040161127e565b91909260643567ffffffffffffffff811161045f57611077946113bc6113c4923690600401610767565b943691610731565b913390613277565b3461045f57602060031936011261045f5760206104876004356124f8565b65ffffffffffff81160361045f57565b3461045f57602060031936011261045f57600435611417816113ea565b61141f612e17565b7fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93604065ffffffffffff807ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd0154169382519485521692836020820152a17fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000007ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd015416177ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd01555f80f35b3461045f57606060031936011261045f57600435611500611235565b906044359067ffffffffffffffff821161045f5760209261153261152b61048794369060040161127e565b3691610731565b9133906131fa565b3461045f57608060031936011261045f5760043567ffffffffffffffff811161045f5761156b90369060040161085d565b60243567ffffffffffffffff811161045f5761158b9036906004016108c4565b9060443567ffffffffffffffff811161045f576115ac903690600401610921565b906064359167ffffffffffffffff831161045f573660238401121561045f57610612936115e6611345943690602481600401359101610731565b926126d1565b3461045f57602060031936011261045f5773ffffffffffffffffffffffffffffffffffffffff60043561161e81610691565b165f527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb00602052602060405f2054604051908152f35b90602080835192838152019201905f5b8181106116715750505090565b8251845260209384019390920191600101611664565b3461045f575f60031936011261045f576117036116a2612058565b6106126116ad612367565b611711604051916116bf6020846106dc565b5f8084523660208501376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e0602088015260e08701906105be565b9085820360408701526105be565b904660608501523060808501525f60a085015283820360c0850152611654565b3461045f57608060031936011261045f5760043561174d611235565b906044359161175b83610691565b60643567ffffffffffffffff811161045f57610d5e61178161184c923690600401610767565b6118466117d48773ffffffffffffffffffffffffffffffffffffffff165f527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb0060205260405f2080549060018201905590565b60405160208101917ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d7835288604083015260ff8816606083015273ffffffffffffffffffffffffffffffffffffffff8a16608083015260a082015260a0815261183e60c0826106dc565b519020613865565b8661391a565b61186757906113459161061293611861612044565b926131fa565b7f94ab6c07000000000000000000000000000000000000000000000000000000005f5273ffffffffffffffffffffffffffffffffffffffff831660045260245b5ffd5b3461045f575f60031936011261045f5760206118c4612809565b65ffffffffffff60405191168152f35b3461045f575f60031936011261045f57602060405160648152f35b3461045f57606060031936011261045f5760043561190c81610691565b602435906044359067ffffffffffffffff821161045f57604473ffffffffffffffffffffffffffffffffffffffff9161194b6020943690600401610767565b508261195561358f565b5060405196879586947f3a46b1a80000000000000000000000000000000000000000000000000000000086521660048501526024840152165afa8015610b8657610612915f916119b1575b506040519081529081906020820190565b6119ca915060203d602011610bb557610ba681836106dc565b5f6119a0565b3461045f575f60031936011261045f576020610487612890565b3461045f5760206104876119fd366109a0565b92919091612b6b565b3461045f57602060031936011261045f57602060405160018152f35b3461045f57602060031936011261045f576020610487600435612940565b3461045f575f60031936011261045f57602060405160a88152f35b3461045f575f60031936011261045f5760207ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd0054604051908152f35b3461045f5760a060031936011261045f57611ab2600435610691565b611abd602435610691565b60443567ffffffffffffffff811161045f57611add9036906004016108c4565b5060643567ffffffffffffffff811161045f57611afe9036906004016108c4565b5060843567ffffffffffffffff811161045f57611b1f903690600401610767565b50610612611b2b6129cf565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681529081906020820190565b3461045f57602060031936011261045f576020610487600435612a45565b606060031936011261045f57600435611b9481610691565b60243560443567ffffffffffffffff811161045f57610020925f92611bbe8493369060040161127e565b9190611bc8612e17565b826040519384928337810185815203925af13d15611c07573d90611beb82610715565b91611bf960405193846106dc565b82523d5f602084013e613550565b606090613550565b3461045f575f60031936011261045f576020610673612bd2565b3461045f575f60031936011261045f57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461045f575f60031936011261045f576020604051600a8152f35b3461045f575f60031936011261045f57610612604051611cb56040826106dc565b602081527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e60208201526040519182916020835260208301906105be565b3461045f575f60031936011261045f5760206040517ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78152f35b3461045f57602060031936011261045f5760043563ffffffff81169081810361045f57611d58612e17565b8115611e115769ffffffff0000000000007fffffffffffffffffffffffffffffffffffffffffffff00000000ffffffffffff917f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e882860407ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd01549581519063ffffffff8860301c1682526020820152a160301b169116177ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd01555f80f35b7ff1cfbf05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b3461045f57604060031936011261045f57600435611e5a81610691565b602073ffffffffffffffffffffffffffffffffffffffff6044602435935f604051611e8586826106dc565b528261195561358f565b3461045f57602060031936011261045f57600435611eab612e17565b7ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd005460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc0546191a17ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd0055005b3461045f5760a060031936011261045f57611f3c600435610691565b611f47602435610691565b60843567ffffffffffffffff811161045f57611f67903690600401610767565b50611f70612bd2565b73ffffffffffffffffffffffffffffffffffffffff3091160361081d576040517ff23a6e61000000000000000000000000000000000000000000000000000000008152602090f35b3461045f57602060031936011261045f576020610487600435612d53565b3461045f575f60031936011261045f576020611ff061358f565b5073ffffffffffffffffffffffffffffffffffffffff60405191168152f35b7ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd015460301c63ffffffff1680610782575060a890565b604051906120536020836106dc565b5f8252565b604051906120676040836106dc565b601182527f486f6b75736169206d6f64656c2044414f0000000000000000000000000000006020830152565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80518210156120d45760209160051b010190565b612093565b7ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd015465ffffffffffff16806107825750600190565b61213e815f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205260405f2090565b5460f881901c9060f01c60ff1661226d5761226757612190815f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205265ffffffffffff60405f205460a01c1690565b801561223a576121a1610b2f612809565b80911015612234576121b282612a45565b106121bd5750600190565b6121c9610d5e82613172565b80156121f2575b156121db5750600390565b6121e490612940565b6121ed57600490565b600590565b5061222f610d5e825f527fa1cefa0f43667ef127a258e673c94202a79b656e62899531c4376d87a7f3980060205260405f20600181015490541090565b6121d0565b50505f90565b7f6ad06075000000000000000000000000000000000000000000000000000000005f52600482905260245ffd5b50600290565b5050600790565b6040513d5f823e3d90fd5b73ffffffffffffffffffffffffffffffffffffffff5f61229d61358f565b506004604051809481937f4bf5d7e9000000000000000000000000000000000000000000000000000000008352165afa5f91816122eb575b5061078257506107826122e6614a13565b6137e9565b9091503d805f833e6122fd81836106dc565b81019060208183031261045f5780519067ffffffffffffffff821161045f570181601f8201121561045f5780519061233482610715565b9261234260405194856106dc565b8284526020838301011161045f57815f9260208093018386015e83010152905f6122d5565b604051906123766040836106dc565b600182527f31000000000000000000000000000000000000000000000000000000000000006020830152565b939092919695610d5e61249b9161249587878c8b6123c1368a8c610731565b73ffffffffffffffffffffffffffffffffffffffff6124268473ffffffffffffffffffffffffffffffffffffffff165f527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb0060205260405f2080549060018201905590565b916020815191012092602081519101209360ff6040519660208801987f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a52604089015216606087015216608085015260a084015260c083015260e082015260e0815261183e610100826106dc565b8a61391a565b6124b6576107829596916124b0913691610731565b92613277565b7f94ab6c07000000000000000000000000000000000000000000000000000000005f5273ffffffffffffffffffffffffffffffffffffffff871660045260245ffd5b65ffffffffffff90806125096142b0565b9491501611155f1461253f575079ffffffffffffffffffffffffffffffffffffffffffffffffffff905b16806107825750600a90565b6125499150613f58565b7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e00054905f829160058411612627575b6125829350614764565b806125a9575079ffffffffffffffffffffffffffffffffffffffffffffffffffff5f612533565b61262261261b6125d379ffffffffffffffffffffffffffffffffffffffffffffffffffff936137ce565b7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e0005f527f293b0181c8ec34cd3252e741689bdc21b70ee7a0ec76216439035a5c3718909b0190565b5460301c90565b612533565b9192612632816145ef565b81039081116126b757612582937fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e0005f5265ffffffffffff827f293b0181c8ec34cd3252e741689bdc21b70ee7a0ec76216439035a5c3718909b01541665ffffffffffff8516105f146126a5575091612578565b9291506126b190613050565b90612578565b612a18565b9081602091031261045f5751610782816113ea565b939291906126fc7ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd005490565b61270b575b61078293946133d3565b612736610a4c610a4c61271c61358f565b5073ffffffffffffffffffffffffffffffffffffffff1690565b6040517f41e065790000000000000000000000000000000000000000000000000000000081523360048201529590602090879060249082905afa958615610b86575f966127d8575b5061278a610b2f612809565b65ffffffffffff871610156127a0579450612701565b7f0a26557d000000000000000000000000000000000000000000000000000000005f523360045265ffffffffffff861660245260445ffd5b6127fb91965060203d602011612802575b6127f381836106dc565b8101906126bc565b945f61277e565b503d6127e9565b73ffffffffffffffffffffffffffffffffffffffff602061282861358f565b506004604051809481937f91ddadf4000000000000000000000000000000000000000000000000000000008352165afa5f918161286f575b50610782575061078243613f58565b61288991925060203d602011612802576127f381836106dc565b905f612860565b7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e00054806128bd5750600a90565b805f198101116126b7577f293b0181c8ec34cd3252e741689bdc21b70ee7a0ec76216439035a5c3718909a79ffffffffffffffffffffffffffffffffffffffffffffffffffff917fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e0005f52015460301c612533565b9081602091031261045f575190565b602073ffffffffffffffffffffffffffffffffffffffff61295f612bd2565b16916024604051809481937fd45c443500000000000000000000000000000000000000000000000000000000835260048301525afa908115610b86575f916129b0575b506001810361078257505f90565b6129c9915060203d602011610bb557610ba681836106dc565b5f6129a2565b6129d7612bd2565b73ffffffffffffffffffffffffffffffffffffffff3091160361081d577fbc197c810000000000000000000000000000000000000000000000000000000090565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b805f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205265ffffffffffff60405f205460a01c16905f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205263ffffffff60405f205460d01c160165ffffffffffff81116126b75765ffffffffffff1690565b90602080835192838152019201905f5b818110612ae75750505090565b825173ffffffffffffffffffffffffffffffffffffffff16845260209384019390920191600101612ada565b9080602083519182815201916020808360051b8301019401925f915b838310612b3e57505050505090565b9091929394602080612b5c83601f19866001960301875289516105be565b97019301930191939290612b2f565b9290612bcc91612bb8612ba694604051958694612b94602087019960808b5260a0880190612aca565b90601f19878303016040880152611654565b90601f19858303016060860152612b13565b90608083015203601f1981018352826106dc565b51902090565b612bda61358f565b9050604051906020820130815260208352612bf66040846106dc565b615fd3835111612d2b57825190602d82018092116126b757612d236057610782956040519384917fffff00000000000000000000000000000000000000000000000000000000000060208401977f6100000000000000000000000000000000000000000000000000000000000000895260f01b1660218401527f3d81600a3d39f3363d3d373d3d3d363d7300000000000000000000000000000060238401527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000060601b1660348401527f5af43d82803e903d91602b57fd5bf3000000000000000000000000000000000060488401525180918484015e81015f838201520301601f1981018352826106dc565b519020613fa0565b7f94289054000000000000000000000000000000000000000000000000000000005f5260045ffd5b73ffffffffffffffffffffffffffffffffffffffff906020612d7361358f565b506024604051809581937f8e539e8c000000000000000000000000000000000000000000000000000000008352866004840152165afa908115610b8657610782925f92612dcb575b50612dc5906124f8565b90613669565b612dc5919250612de99060203d602011610bb557610ba681836106dc565b9190612dbb565b612df8612bd2565b73ffffffffffffffffffffffffffffffffffffffff3091160361081d57565b612e1f612bd2565b73ffffffffffffffffffffffffffffffffffffffff33911603612ea257612e44612bd2565b73ffffffffffffffffffffffffffffffffffffffff30911603612e6357565b612e6c36610715565b612e7960405191826106dc565b3681526020810190365f83375f602036830101525190205b80612e9a6136d5565b03612e915750565b7f47096e47000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6008811015610eba5760ff600191161b90565b600452606491906008811015610eba576024525f604452565b612f038161210d565b906010612f0f83612ece565b1615612f19575090565b612f4992507f31b75e4d000000000000000000000000000000000000000000000000000000005f52600452610eac565b601060445260645ffd5b612f5c8161210d565b906002612f6883612ece565b1615612f72575090565b612fa292507f31b75e4d000000000000000000000000000000000000000000000000000000005f52600452610eac565b600260445260645ffd5b90612fb68261210d565b9181612fc184612ece565b1615612fcc57505090565b7f31b75e4d000000000000000000000000000000000000000000000000000000005f52600452612ffb82610eac565b60445260645ffd5b919261303260a094613024613040949998979960c0875260c0870190612aca565b908582036020870152611654565b908382036040850152612b13565b945f606083015260808201520152565b90600182018092116126b757565b919082018092116126b757565b613095907f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb02613719565b1561309c57565b634e487b715f5260416020526024601cfd5b929173ffffffffffffffffffffffffffffffffffffffff6130cd612bd2565b1690813b1561045f57613133945f9461314561312193604051988997889687967fe38335e500000000000000000000000000000000000000000000000000000000885260a0600489015260a4880190612aca565b90600319878303016024880152611654565b90600319858303016044860152612b13565b908660648401526084830152039134905af18015610b86576131645750565b80610b7a5f610713936106dc565b805f527fa1cefa0f43667ef127a258e673c94202a79b656e62899531c4376d87a7f398006020526131e26131dd60405f20925f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205265ffffffffffff60405f205460a01c1690565b612d53565b6002600183015492015482018092116126b757111590565b9161078293916040519361320f6020866106dc565b5f8552613277565b93909260ff6132439361078297958752166020860152604085015260a0606085015260a08401906105be565b9160808184039101526105be565b909260ff60809361078296958452166020830152604082015281606082015201906105be565b9291909261328481612f53565b506132c2815f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205265ffffffffffff60405f205460a01c1690565b9373ffffffffffffffffffffffffffffffffffffffff60206132e261358f565b506044604051809481937f3a46b1a80000000000000000000000000000000000000000000000000000000083528188169b8c60048501526024840152165afa908115610b865761333c9285915f936133b2575b50846139e8565b948051155f1461337f57506133797fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4938660405194859485613251565b0390a290565b613379907fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712948760405195869586613217565b6133cc91935060203d602011610bb557610ba681836106dc565b915f613335565b91939290936133e28233613b5d565b15613524577ed7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd0054948561341c575b6107829495503393613c19565b5f1965ffffffffffff61342d612809565b16019565ffffffffffff87116126b757602065ffffffffffff73ffffffffffffffffffffffffffffffffffffffff98165f60405161346b84826106dc565b52604461347661358f565b50916040519a8b9384927f3a46b1a800000000000000000000000000000000000000000000000000000000845282331660048501526024840152165afa968715610b86575f97613503575b508087106134cf575061340f565b7fc242ee16000000000000000000000000000000000000000000000000000000005f5233600452602487905260445260645ffd5b61351d91975060203d602011610bb557610ba681836106dc565b955f6134c1565b7fd9b39557000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b156135585790565b80511561356757602081519101fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b303b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd382019182116126b7576135de6135c883610715565b926135d660405194856106dc565b808452610715565b601f196020840191013682378251602d82303c60408380518101031261045f57604073ffffffffffffffffffffffffffffffffffffffff91519361362185610691565b01519261362d84610691565b921690565b811561363c570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f198282099082810291828082109103039081156136ca5781606411156136c3577f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c29936064910990828211900360fe1b910360021c170290565b60116137be565b505060649004919050565b6136fe7f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb02613fd6565b90156137075790565b634e487b715f5260316020526024601cfd5b908154908160801c6fffffffffffffffffffffffffffffffff6001820193166fffffffffffffffffffffffffffffffff8416146137b6576fffffffffffffffffffffffffffffffff165f90815260018401602052604090205581546fffffffffffffffffffffffffffffffff1660809190911b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000016179055600190565b505050505f90565b634e487b715f526020526024601cfd5b905f1982019182116126b757565b919082039182116126b757565b65ffffffffffff806137fa43613f58565b1691160361383d576040516138106040826106dc565b601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b7f6ff07140000000000000000000000000000000000000000000000000000000005f5260045ffd5b604290613870612058565b6020815191012061387f612367565b602081519101206040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526138d760c0826106dc565b51902090604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b60041115610eba57565b9190823b613962579061392c91614276565b5061393681613910565b15918261394257505090565b73ffffffffffffffffffffffffffffffffffffffff919250811691161490565b916020926064601f19601f855f965190604051957f1626ba7e00000000000000000000000000000000000000000000000000000000875260048701526040602487015288820190604487015e86848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b613a1c909291925f527fa1cefa0f43667ef127a258e673c94202a79b656e62899531c4376d87a7f3980060205260405f2090565b9160038301613a53613a4c83839073ffffffffffffffffffffffffffffffffffffffff165f5260205260405f2090565b5460ff1690565b613b1b57613a8560ff9392613ab0929073ffffffffffffffffffffffffffffffffffffffff165f5260205260405f2090565b60017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055565b1680613ac75750613ac282825461305e565b905590565b60018103613ade5750600101613ac282825461305e565b600203613af357600201613ac282825461305e565b7f06b337c2000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f71c6af49000000000000000000000000000000000000000000000000000000005f5273ffffffffffffffffffffffffffffffffffffffff821660045260245ffd5b90805160348110613c11577f2370726f706f7365723d000000000000000000000000000000000000000000007fffffffffffffffffffff000000000000000000000000000000000000000000007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec83850101511603613c1157613c03917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd682019061436f565b901591821561394257505090565b505050600190565b929094939194613c3182516020840120878387612b6b565b958451825190818114801590613f4d575b8015613f45575b613f0b57505065ffffffffffff613c99613c8a895f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205260405f2090565b5460a01c65ffffffffffff1690565b16613ed55791613e33917f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0959493613ce8613cd2612809565b65ffffffffffff613ce16120d9565b911661305e565b90613cf161200f565b613e11613d258c5f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205260405f2090565b80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8a16178155613dba613d6f86613f58565b82547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1660a09190911b79ffffffffffff000000000000000000000000000000000000000016178255565b613dc383614903565b7fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff7dffffffff000000000000000000000000000000000000000000000000000083549260d01b169116179055565b613e25613e1e895161443e565b918461305e565b936040519889988d8a614486565b0390a181613e85613e4b610a4c610a4c61271c61358f565b915f527f7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0160205265ffffffffffff60405f205460a01c1690565b90803b1561045f576040517f8f1dd80900000000000000000000000000000000000000000000000000000000815260048101929092525f908290602490829084905af18015610b86576131645750565b6118a787613ee28161210d565b907f31b75e4d000000000000000000000000000000000000000000000000000000005f52612ee1565b6118a79251907f447b05d0000000000000000000000000000000000000000000000000000000005f52929190606493600452602452604452565b508015613c49565b508251811415613c42565b65ffffffffffff8111613f705765ffffffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52603060045260245260445ffd5b600b60559173ffffffffffffffffffffffffffffffffffffffff936040519160408301525f602083015281520160ff8153201690565b908154906fffffffffffffffffffffffffffffffff82169160801c8214614087576001926fffffffffffffffffffffffffffffffff6001808301945f61405b8261403a818a906fffffffffffffffffffffffffffffffff165f5260205260405f2090565b5498906fffffffffffffffffffffffffffffffff165f5260205260405f2090565b5501167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b5f9250829150565b908154680100000000000000008110156106ff57600181018084558110156120d4575f9283526020928390208251929093015160301b7fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000001665ffffffffffff9290921691909117910155565b7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e00054919291801561423a576125d3614132916137ce565b90815461414e6141478265ffffffffffff1690565b9160301c90565b9265ffffffffffff808416921691808311614212578692036141aa576141a692509065ffffffffffff7fffffffffffffffffffffffffffffffffffffffffffffffffffff00000000000083549260301b169116179055565b9190565b50506141a6906141c96141bb610704565b65ffffffffffff9092168252565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff851660208201525b7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e00061408f565b7f2520601d000000000000000000000000000000000000000000000000000000005f5260045ffd5b506142719061424a6141bb610704565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff841660208201526141ec565b5f9190565b81519190604183036142a65761429f9250602082015190606060408401519301515f1a90614560565b9192909190565b50505f9160029190565b7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e00054806142e057505f905f905f90565b805f198101116126b7577fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e0005f527f293b0181c8ec34cd3252e741689bdc21b70ee7a0ec76216439035a5c3718909a015460019165ffffffffffff82169160301c90565b908160011b91808304600214901517156126b757565b908160041b91808304601014901517156126b757565b805183118015614435575b6143db5761438782613050565b8311806143e4575b61439a901515614343565b602801806028116126b7576143af83856137dc565b036143db57916143d59173ffffffffffffffffffffffffffffffffffffffff94936147d9565b90921690565b5050505f905f90565b50808201602001517fffff000000000000000000000000000000000000000000000000000000000000167f30780000000000000000000000000000000000000000000000000000000000001461438f565b5082821161437a565b9061444882610845565b61445560405191826106dc565b828152601f196144658294610845565b01905f5b82811061447557505050565b806060602080938501015201614469565b95999896979493919273ffffffffffffffffffffffffffffffffffffffff6144d5946144c79389521660208801526101206040880152610120870190612aca565b908582036060870152611654565b968388036080850152815180895260208901906020808260051b8c01019401915f905b82821061453457505050506107829697509061451b9184820360a0860152612b13565b9360c083015260e08201526101008184039101526105be565b90919294602080614552838f601f19906001960301865289516105be565b9701920192019092916144f8565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116145e4579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610b86575f5173ffffffffffffffffffffffffffffffffffffffff8116156145da57905f905f90565b505f906001905f90565b5050505f9160039190565b600181111561078257806001700100000000000000000000000000000000831015614722575b6146c86146be6146b46146aa6146a06146966146856146cf9760048a680100000000000000006146d49c1015614715575b640100000000811015614708575b620100008110156146fb575b6101008110156146ee575b60108110156146e1575b10156146d9575b60030260011c90565b61468f818b613632565b0160011c90565b61468f818a613632565b61468f8189613632565b61468f8188613632565b61468f8187613632565b61468f8186613632565b8093613632565b821190565b900390565b60011b61467c565b60041c9160021b91614675565b60081c9160041b9161466b565b60101c9160081b91614660565b60201c9160101b91614654565b60401c9160201b91614646565b50506146d46146cf6146c86146be6146b46146aa6146a06146966146856147498a60801c90565b98506801000000000000000097506146159650505050505050565b65ffffffffffff165b82821061477957505090565b909180831860011c81841601907fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e0005f528265ffffffffffff8360205f20015416115f146147c95750915b9061476d565b92506147d490613050565b6147c3565b9290926147e584613050565b831180614881575b6147ff61480691949293941515614343565b5f9561305e565b915b8183106148185750505060019190565b9092919360ff614855614850602088860101517fff000000000000000000000000000000000000000000000000000000000000001690565b614947565b1690600f8211614876579061486b600192614359565b019401919290614808565b505f94508493505050565b506148066147ff7f30780000000000000000000000000000000000000000000000000000000000007fffff0000000000000000000000000000000000000000000000000000000000006148f9602089870101517fffff0000000000000000000000000000000000000000000000000000000000001690565b16149150506147ed565b63ffffffff81116149175763ffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b60f81c602f811180614a09575b15614981577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd00160ff1690565b60608111806149ff575b156149b8577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa90160ff1690565b60408111806149f5575b156149ef577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc90160ff1690565b5060ff90565b50604781106149c2565b506067811061498b565b50603a8110614954565b61078261280956f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// ModelGovernor is an auto generated Go binding around an Ethereum contract.
type ModelGovernor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelGovernor) GetABI() abi.ABI {
	return c.abi
}

// NewModelGovernor creates a new instance of ModelGovernor.
func NewModelGovernor() *ModelGovernor {
	parsed, err := ModelGovernorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelGovernor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelGovernor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address timelockImplementation) returns()
func (modelGovernor *ModelGovernor) PackConstructor(timelockImplementation common.Address) []byte {
	enc, err := modelGovernor.abi.Pack("", timelockImplementation)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (modelGovernor *ModelGovernor) PackBALLOTTYPEHASH() []byte {
	enc, err := modelGovernor.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (modelGovernor *ModelGovernor) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return modelGovernor.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (modelGovernor *ModelGovernor) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := modelGovernor.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (modelGovernor *ModelGovernor) PackCLOCKMODE() []byte {
	enc, err := modelGovernor.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (modelGovernor *ModelGovernor) TryPackCLOCKMODE() ([]byte, error) {
	return modelGovernor.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (modelGovernor *ModelGovernor) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := modelGovernor.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (modelGovernor *ModelGovernor) PackCOUNTINGMODE() []byte {
	enc, err := modelGovernor.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (modelGovernor *ModelGovernor) TryPackCOUNTINGMODE() ([]byte, error) {
	return modelGovernor.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (modelGovernor *ModelGovernor) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := modelGovernor.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDEFAULTQUORUMPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb8b24cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_QUORUM_PERCENT() view returns(uint256)
func (modelGovernor *ModelGovernor) PackDEFAULTQUORUMPERCENT() []byte {
	enc, err := modelGovernor.abi.Pack("DEFAULT_QUORUM_PERCENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTQUORUMPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb8b24cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_QUORUM_PERCENT() view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackDEFAULTQUORUMPERCENT() ([]byte, error) {
	return modelGovernor.abi.Pack("DEFAULT_QUORUM_PERCENT")
}

// UnpackDEFAULTQUORUMPERCENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb8b24cf.
//
// Solidity: function DEFAULT_QUORUM_PERCENT() view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackDEFAULTQUORUMPERCENT(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("DEFAULT_QUORUM_PERCENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTVOTINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06401c01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_VOTING_DELAY() view returns(uint48)
func (modelGovernor *ModelGovernor) PackDEFAULTVOTINGDELAY() []byte {
	enc, err := modelGovernor.abi.Pack("DEFAULT_VOTING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTVOTINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06401c01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_VOTING_DELAY() view returns(uint48)
func (modelGovernor *ModelGovernor) TryPackDEFAULTVOTINGDELAY() ([]byte, error) {
	return modelGovernor.abi.Pack("DEFAULT_VOTING_DELAY")
}

// UnpackDEFAULTVOTINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06401c01.
//
// Solidity: function DEFAULT_VOTING_DELAY() view returns(uint48)
func (modelGovernor *ModelGovernor) UnpackDEFAULTVOTINGDELAY(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("DEFAULT_VOTING_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaedfe53f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_VOTING_PERIOD() view returns(uint32)
func (modelGovernor *ModelGovernor) PackDEFAULTVOTINGPERIOD() []byte {
	enc, err := modelGovernor.abi.Pack("DEFAULT_VOTING_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaedfe53f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_VOTING_PERIOD() view returns(uint32)
func (modelGovernor *ModelGovernor) TryPackDEFAULTVOTINGPERIOD() ([]byte, error) {
	return modelGovernor.abi.Pack("DEFAULT_VOTING_PERIOD")
}

// UnpackDEFAULTVOTINGPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaedfe53f.
//
// Solidity: function DEFAULT_VOTING_PERIOD() view returns(uint32)
func (modelGovernor *ModelGovernor) UnpackDEFAULTVOTINGPERIOD(data []byte) (uint32, error) {
	out, err := modelGovernor.abi.Unpack("DEFAULT_VOTING_PERIOD", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (modelGovernor *ModelGovernor) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := modelGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (modelGovernor *ModelGovernor) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return modelGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (modelGovernor *ModelGovernor) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := modelGovernor.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTIMELOCKIMPLEMENTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd66abd52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TIMELOCK_IMPLEMENTATION() view returns(address)
func (modelGovernor *ModelGovernor) PackTIMELOCKIMPLEMENTATION() []byte {
	enc, err := modelGovernor.abi.Pack("TIMELOCK_IMPLEMENTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTIMELOCKIMPLEMENTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd66abd52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TIMELOCK_IMPLEMENTATION() view returns(address)
func (modelGovernor *ModelGovernor) TryPackTIMELOCKIMPLEMENTATION() ([]byte, error) {
	return modelGovernor.abi.Pack("TIMELOCK_IMPLEMENTATION")
}

// UnpackTIMELOCKIMPLEMENTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd66abd52.
//
// Solidity: function TIMELOCK_IMPLEMENTATION() view returns(address)
func (modelGovernor *ModelGovernor) UnpackTIMELOCKIMPLEMENTATION(data []byte) (common.Address, error) {
	out, err := modelGovernor.abi.Unpack("TIMELOCK_IMPLEMENTATION", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (modelGovernor *ModelGovernor) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := modelGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (modelGovernor *ModelGovernor) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return modelGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (modelGovernor *ModelGovernor) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("cancel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (modelGovernor *ModelGovernor) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := modelGovernor.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (modelGovernor *ModelGovernor) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return modelGovernor.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (modelGovernor *ModelGovernor) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (modelGovernor *ModelGovernor) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := modelGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (modelGovernor *ModelGovernor) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return modelGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (modelGovernor *ModelGovernor) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (modelGovernor *ModelGovernor) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := modelGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (modelGovernor *ModelGovernor) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return modelGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (modelGovernor *ModelGovernor) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (modelGovernor *ModelGovernor) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := modelGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (modelGovernor *ModelGovernor) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return modelGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (modelGovernor *ModelGovernor) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (modelGovernor *ModelGovernor) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := modelGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (modelGovernor *ModelGovernor) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return modelGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (modelGovernor *ModelGovernor) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (modelGovernor *ModelGovernor) PackClock() []byte {
	enc, err := modelGovernor.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (modelGovernor *ModelGovernor) TryPackClock() ([]byte, error) {
	return modelGovernor.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (modelGovernor *ModelGovernor) UnpackClock(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernorEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (modelGovernor *ModelGovernor) PackGovernorEip712Domain() []byte {
	enc, err := modelGovernor.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernorEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (modelGovernor *ModelGovernor) TryPackGovernorEip712Domain() ([]byte, error) {
	return modelGovernor.abi.Pack("eip712Domain")
}

// GovernorEip712DomainOutput serves as a container for the return parameters of contract
// method GovernorEip712Domain.
type GovernorEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackGovernorEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (modelGovernor *ModelGovernor) UnpackGovernorEip712Domain(data []byte) (GovernorEip712DomainOutput, error) {
	out, err := modelGovernor.abi.Unpack("eip712Domain", data)
	outstruct := new(GovernorEip712DomainOutput)
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

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (modelGovernor *ModelGovernor) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := modelGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (modelGovernor *ModelGovernor) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return modelGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (modelGovernor *ModelGovernor) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (modelGovernor *ModelGovernor) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := modelGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return modelGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (modelGovernor *ModelGovernor) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := modelGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return modelGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (modelGovernor *ModelGovernor) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := modelGovernor.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (modelGovernor *ModelGovernor) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return modelGovernor.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (modelGovernor *ModelGovernor) UnpackHasVoted(data []byte) (bool, error) {
	out, err := modelGovernor.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (modelGovernor *ModelGovernor) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := modelGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (modelGovernor *ModelGovernor) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return modelGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (modelGovernor *ModelGovernor) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("hashProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() pure returns(string)
func (modelGovernor *ModelGovernor) PackName() []byte {
	enc, err := modelGovernor.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() pure returns(string)
func (modelGovernor *ModelGovernor) TryPackName() ([]byte, error) {
	return modelGovernor.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (modelGovernor *ModelGovernor) UnpackName(data []byte) (string, error) {
	out, err := modelGovernor.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (modelGovernor *ModelGovernor) PackNonces(owner common.Address) []byte {
	enc, err := modelGovernor.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackNonces(owner common.Address) ([]byte, error) {
	return modelGovernor.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := modelGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return modelGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := modelGovernor.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := modelGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return modelGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := modelGovernor.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := modelGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return modelGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (modelGovernor *ModelGovernor) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := modelGovernor.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 ) pure returns(bool)
func (modelGovernor *ModelGovernor) PackProposalNeedsQueuing(arg0 *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("proposalNeedsQueuing", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 ) pure returns(bool)
func (modelGovernor *ModelGovernor) TryPackProposalNeedsQueuing(arg0 *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("proposalNeedsQueuing", arg0)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 ) pure returns(bool)
func (modelGovernor *ModelGovernor) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := modelGovernor.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (modelGovernor *ModelGovernor) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (modelGovernor *ModelGovernor) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (modelGovernor *ModelGovernor) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := modelGovernor.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (modelGovernor *ModelGovernor) PackProposalThreshold() []byte {
	enc, err := modelGovernor.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackProposalThreshold() ([]byte, error) {
	return modelGovernor.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (modelGovernor *ModelGovernor) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (modelGovernor *ModelGovernor) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (modelGovernor *ModelGovernor) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := modelGovernor.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (modelGovernor *ModelGovernor) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := modelGovernor.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (modelGovernor *ModelGovernor) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return modelGovernor.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (modelGovernor *ModelGovernor) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256 proposalId)
func (modelGovernor *ModelGovernor) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := modelGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256 proposalId)
func (modelGovernor *ModelGovernor) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return modelGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256 proposalId)
func (modelGovernor *ModelGovernor) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) PackQuorum(timepoint *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("quorum", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (modelGovernor *ModelGovernor) PackQuorumDenominator() []byte {
	enc, err := modelGovernor.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackQuorumDenominator() ([]byte, error) {
	return modelGovernor.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (modelGovernor *ModelGovernor) PackQuorumNumerator0() []byte {
	enc, err := modelGovernor.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackQuorumNumerator0() ([]byte, error) {
	return modelGovernor.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (modelGovernor *ModelGovernor) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := modelGovernor.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (modelGovernor *ModelGovernor) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return modelGovernor.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (modelGovernor *ModelGovernor) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (modelGovernor *ModelGovernor) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (modelGovernor *ModelGovernor) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (modelGovernor *ModelGovernor) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (modelGovernor *ModelGovernor) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := modelGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (modelGovernor *ModelGovernor) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return modelGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (modelGovernor *ModelGovernor) PackState(proposalId *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (modelGovernor *ModelGovernor) TryPackState(proposalId *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (modelGovernor *ModelGovernor) UnpackState(data []byte) (uint8, error) {
	out, err := modelGovernor.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (modelGovernor *ModelGovernor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := modelGovernor.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (modelGovernor *ModelGovernor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return modelGovernor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (modelGovernor *ModelGovernor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := modelGovernor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (modelGovernor *ModelGovernor) PackTimelock() []byte {
	enc, err := modelGovernor.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (modelGovernor *ModelGovernor) TryPackTimelock() ([]byte, error) {
	return modelGovernor.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (modelGovernor *ModelGovernor) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := modelGovernor.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address t)
func (modelGovernor *ModelGovernor) PackToken() []byte {
	enc, err := modelGovernor.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address t)
func (modelGovernor *ModelGovernor) TryPackToken() ([]byte, error) {
	return modelGovernor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address t)
func (modelGovernor *ModelGovernor) UnpackToken(data []byte) (common.Address, error) {
	out, err := modelGovernor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (modelGovernor *ModelGovernor) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := modelGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (modelGovernor *ModelGovernor) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return modelGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (modelGovernor *ModelGovernor) PackVersion() []byte {
	enc, err := modelGovernor.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (modelGovernor *ModelGovernor) TryPackVersion() ([]byte, error) {
	return modelGovernor.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (modelGovernor *ModelGovernor) UnpackVersion(data []byte) (string, error) {
	out, err := modelGovernor.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (modelGovernor *ModelGovernor) PackVotingDelay() []byte {
	enc, err := modelGovernor.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackVotingDelay() ([]byte, error) {
	return modelGovernor.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (modelGovernor *ModelGovernor) PackVotingPeriod() []byte {
	enc, err := modelGovernor.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (modelGovernor *ModelGovernor) TryPackVotingPeriod() ([]byte, error) {
	return modelGovernor.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (modelGovernor *ModelGovernor) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := modelGovernor.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ModelGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the ModelGovernor contract.
type ModelGovernorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ModelGovernorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ModelGovernorEIP712DomainChanged) ContractEventName() string {
	return ModelGovernorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (modelGovernor *ModelGovernor) UnpackEIP712DomainChangedEvent(log *types.Log) (*ModelGovernorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorInitialized represents a Initialized event raised by the ModelGovernor contract.
type ModelGovernorInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelGovernorInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ModelGovernorInitialized) ContractEventName() string {
	return ModelGovernorInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (modelGovernor *ModelGovernor) UnpackInitializedEvent(log *types.Log) (*ModelGovernorInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorInitialized)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorProposalCanceled represents a ProposalCanceled event raised by the ModelGovernor contract.
type ModelGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelGovernorProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (ModelGovernorProposalCanceled) ContractEventName() string {
	return ModelGovernorProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (modelGovernor *ModelGovernor) UnpackProposalCanceledEvent(log *types.Log) (*ModelGovernorProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorProposalCanceled)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorProposalCreated represents a ProposalCreated event raised by the ModelGovernor contract.
type ModelGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelGovernorProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (ModelGovernorProposalCreated) ContractEventName() string {
	return ModelGovernorProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (modelGovernor *ModelGovernor) UnpackProposalCreatedEvent(log *types.Log) (*ModelGovernorProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorProposalCreated)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorProposalExecuted represents a ProposalExecuted event raised by the ModelGovernor contract.
type ModelGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelGovernorProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (ModelGovernorProposalExecuted) ContractEventName() string {
	return ModelGovernorProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (modelGovernor *ModelGovernor) UnpackProposalExecutedEvent(log *types.Log) (*ModelGovernorProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorProposalExecuted)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorProposalQueued represents a ProposalQueued event raised by the ModelGovernor contract.
type ModelGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelGovernorProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (ModelGovernorProposalQueued) ContractEventName() string {
	return ModelGovernorProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (modelGovernor *ModelGovernor) UnpackProposalQueuedEvent(log *types.Log) (*ModelGovernorProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorProposalQueued)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the ModelGovernor contract.
type ModelGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const ModelGovernorProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (ModelGovernorProposalThresholdSet) ContractEventName() string {
	return ModelGovernorProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (modelGovernor *ModelGovernor) UnpackProposalThresholdSetEvent(log *types.Log) (*ModelGovernorProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the ModelGovernor contract.
type ModelGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const ModelGovernorQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (ModelGovernorQuorumNumeratorUpdated) ContractEventName() string {
	return ModelGovernorQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (modelGovernor *ModelGovernor) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*ModelGovernorQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorVoteCast represents a VoteCast event raised by the ModelGovernor contract.
type ModelGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelGovernorVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (ModelGovernorVoteCast) ContractEventName() string {
	return ModelGovernorVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (modelGovernor *ModelGovernor) UnpackVoteCastEvent(log *types.Log) (*ModelGovernorVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorVoteCast)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the ModelGovernor contract.
type ModelGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelGovernorVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (ModelGovernorVoteCastWithParams) ContractEventName() string {
	return ModelGovernorVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (modelGovernor *ModelGovernor) UnpackVoteCastWithParamsEvent(log *types.Log) (*ModelGovernorVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorVotingDelaySet represents a VotingDelaySet event raised by the ModelGovernor contract.
type ModelGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ModelGovernorVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (ModelGovernorVotingDelaySet) ContractEventName() string {
	return ModelGovernorVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (modelGovernor *ModelGovernor) UnpackVotingDelaySetEvent(log *types.Log) (*ModelGovernorVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorVotingDelaySet)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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

// ModelGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the ModelGovernor contract.
type ModelGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const ModelGovernorVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (ModelGovernorVotingPeriodSet) ContractEventName() string {
	return ModelGovernorVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (modelGovernor *ModelGovernor) UnpackVotingPeriodSetEvent(log *types.Log) (*ModelGovernorVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelGovernorVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := modelGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelGovernor.abi.Events[event].Inputs {
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
func (modelGovernor *ModelGovernor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["CloneArgumentsTooLong"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackCloneArgumentsTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorProposalQueueingFailed"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorProposalQueueingFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorProposalQueueingNotRequired"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorProposalQueueingNotRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["ProposerVotesChangedThisHour"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackProposerVotesChangedThisHourError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelGovernor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return modelGovernor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelGovernorCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the ModelGovernor contract.
type ModelGovernorCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func ModelGovernorCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (modelGovernor *ModelGovernor) UnpackCheckpointUnorderedInsertionError(raw []byte) (*ModelGovernorCheckpointUnorderedInsertion, error) {
	out := new(ModelGovernorCheckpointUnorderedInsertion)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorCloneArgumentsTooLong represents a CloneArgumentsTooLong error raised by the ModelGovernor contract.
type ModelGovernorCloneArgumentsTooLong struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CloneArgumentsTooLong()
func ModelGovernorCloneArgumentsTooLongErrorID() common.Hash {
	return common.HexToHash("0x94289054871591d3430cc609d2f0e85b3474ba36313e71e06c09c95ae956555b")
}

// UnpackCloneArgumentsTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CloneArgumentsTooLong()
func (modelGovernor *ModelGovernor) UnpackCloneArgumentsTooLongError(raw []byte) (*ModelGovernorCloneArgumentsTooLong, error) {
	out := new(ModelGovernorCloneArgumentsTooLong)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "CloneArgumentsTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the ModelGovernor contract.
type ModelGovernorERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func ModelGovernorERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (modelGovernor *ModelGovernor) UnpackERC6372InconsistentClockError(raw []byte) (*ModelGovernorERC6372InconsistentClock, error) {
	out := new(ModelGovernorERC6372InconsistentClock)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorFailedCall represents a FailedCall error raised by the ModelGovernor contract.
type ModelGovernorFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ModelGovernorFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (modelGovernor *ModelGovernor) UnpackFailedCallError(raw []byte) (*ModelGovernorFailedCall, error) {
	out := new(ModelGovernorFailedCall)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the ModelGovernor contract.
type ModelGovernorGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func ModelGovernorGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (modelGovernor *ModelGovernor) UnpackGovernorAlreadyCastVoteError(raw []byte) (*ModelGovernorGovernorAlreadyCastVote, error) {
	out := new(ModelGovernorGovernorAlreadyCastVote)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the ModelGovernor contract.
type ModelGovernorGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func ModelGovernorGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (modelGovernor *ModelGovernor) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*ModelGovernorGovernorAlreadyQueuedProposal, error) {
	out := new(ModelGovernorGovernorAlreadyQueuedProposal)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the ModelGovernor contract.
type ModelGovernorGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func ModelGovernorGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (modelGovernor *ModelGovernor) UnpackGovernorDisabledDepositError(raw []byte) (*ModelGovernorGovernorDisabledDeposit, error) {
	out := new(ModelGovernorGovernorDisabledDeposit)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the ModelGovernor contract.
type ModelGovernorGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func ModelGovernorGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (modelGovernor *ModelGovernor) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*ModelGovernorGovernorInsufficientProposerVotes, error) {
	out := new(ModelGovernorGovernorInsufficientProposerVotes)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the ModelGovernor contract.
type ModelGovernorGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func ModelGovernorGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (modelGovernor *ModelGovernor) UnpackGovernorInvalidProposalLengthError(raw []byte) (*ModelGovernorGovernorInvalidProposalLength, error) {
	out := new(ModelGovernorGovernorInvalidProposalLength)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the ModelGovernor contract.
type ModelGovernorGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func ModelGovernorGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (modelGovernor *ModelGovernor) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*ModelGovernorGovernorInvalidQuorumFraction, error) {
	out := new(ModelGovernorGovernorInvalidQuorumFraction)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the ModelGovernor contract.
type ModelGovernorGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func ModelGovernorGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (modelGovernor *ModelGovernor) UnpackGovernorInvalidSignatureError(raw []byte) (*ModelGovernorGovernorInvalidSignature, error) {
	out := new(ModelGovernorGovernorInvalidSignature)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the ModelGovernor contract.
type ModelGovernorGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func ModelGovernorGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (modelGovernor *ModelGovernor) UnpackGovernorInvalidVoteParamsError(raw []byte) (*ModelGovernorGovernorInvalidVoteParams, error) {
	out := new(ModelGovernorGovernorInvalidVoteParams)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the ModelGovernor contract.
type ModelGovernorGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func ModelGovernorGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (modelGovernor *ModelGovernor) UnpackGovernorInvalidVoteTypeError(raw []byte) (*ModelGovernorGovernorInvalidVoteType, error) {
	out := new(ModelGovernorGovernorInvalidVoteType)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the ModelGovernor contract.
type ModelGovernorGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func ModelGovernorGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (modelGovernor *ModelGovernor) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*ModelGovernorGovernorInvalidVotingPeriod, error) {
	out := new(ModelGovernorGovernorInvalidVotingPeriod)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the ModelGovernor contract.
type ModelGovernorGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func ModelGovernorGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (modelGovernor *ModelGovernor) UnpackGovernorNonexistentProposalError(raw []byte) (*ModelGovernorGovernorNonexistentProposal, error) {
	out := new(ModelGovernorGovernorNonexistentProposal)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the ModelGovernor contract.
type ModelGovernorGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func ModelGovernorGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (modelGovernor *ModelGovernor) UnpackGovernorOnlyExecutorError(raw []byte) (*ModelGovernorGovernorOnlyExecutor, error) {
	out := new(ModelGovernorGovernorOnlyExecutor)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorProposalQueueingFailed represents a GovernorProposalQueueingFailed error raised by the ModelGovernor contract.
type ModelGovernorGovernorProposalQueueingFailed struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func ModelGovernorGovernorProposalQueueingFailedErrorID() common.Hash {
	return common.HexToHash("0xab2d0311b12775d840d040f070d41586c4d88ef7337d352d0dfa2a1ede1d73e0")
}

// UnpackGovernorProposalQueueingFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func (modelGovernor *ModelGovernor) UnpackGovernorProposalQueueingFailedError(raw []byte) (*ModelGovernorGovernorProposalQueueingFailed, error) {
	out := new(ModelGovernorGovernorProposalQueueingFailed)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorProposalQueueingNotRequired represents a GovernorProposalQueueingNotRequired error raised by the ModelGovernor contract.
type ModelGovernorGovernorProposalQueueingNotRequired struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func ModelGovernorGovernorProposalQueueingNotRequiredErrorID() common.Hash {
	return common.HexToHash("0xd838bcb7f156d6ff91334907349273614e60ebfac1fd90f5ce25b84cd6c61a09")
}

// UnpackGovernorProposalQueueingNotRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func (modelGovernor *ModelGovernor) UnpackGovernorProposalQueueingNotRequiredError(raw []byte) (*ModelGovernorGovernorProposalQueueingNotRequired, error) {
	out := new(ModelGovernorGovernorProposalQueueingNotRequired)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingNotRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the ModelGovernor contract.
type ModelGovernorGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func ModelGovernorGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (modelGovernor *ModelGovernor) UnpackGovernorRestrictedProposerError(raw []byte) (*ModelGovernorGovernorRestrictedProposer, error) {
	out := new(ModelGovernorGovernorRestrictedProposer)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the ModelGovernor contract.
type ModelGovernorGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func ModelGovernorGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (modelGovernor *ModelGovernor) UnpackGovernorUnableToCancelError(raw []byte) (*ModelGovernorGovernorUnableToCancel, error) {
	out := new(ModelGovernorGovernorUnableToCancel)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the ModelGovernor contract.
type ModelGovernorGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func ModelGovernorGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (modelGovernor *ModelGovernor) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*ModelGovernorGovernorUnexpectedProposalState, error) {
	out := new(ModelGovernorGovernorUnexpectedProposalState)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorInvalidAccountNonce represents a InvalidAccountNonce error raised by the ModelGovernor contract.
type ModelGovernorInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func ModelGovernorInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (modelGovernor *ModelGovernor) UnpackInvalidAccountNonceError(raw []byte) (*ModelGovernorInvalidAccountNonce, error) {
	out := new(ModelGovernorInvalidAccountNonce)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorInvalidInitialization represents a InvalidInitialization error raised by the ModelGovernor contract.
type ModelGovernorInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ModelGovernorInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (modelGovernor *ModelGovernor) UnpackInvalidInitializationError(raw []byte) (*ModelGovernorInvalidInitialization, error) {
	out := new(ModelGovernorInvalidInitialization)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorNotInitializing represents a NotInitializing error raised by the ModelGovernor contract.
type ModelGovernorNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ModelGovernorNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (modelGovernor *ModelGovernor) UnpackNotInitializingError(raw []byte) (*ModelGovernorNotInitializing, error) {
	out := new(ModelGovernorNotInitializing)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorProposerVotesChangedThisHour represents a ProposerVotesChangedThisHour error raised by the ModelGovernor contract.
type ModelGovernorProposerVotesChangedThisHour struct {
	Proposer common.Address
	Changed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposerVotesChangedThisHour(address proposer, uint48 changed)
func ModelGovernorProposerVotesChangedThisHourErrorID() common.Hash {
	return common.HexToHash("0x0a26557dc598650c835fbec1b4f1a0aeb86445711c7afbba48956f71bfa9cab1")
}

// UnpackProposerVotesChangedThisHourError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposerVotesChangedThisHour(address proposer, uint48 changed)
func (modelGovernor *ModelGovernor) UnpackProposerVotesChangedThisHourError(raw []byte) (*ModelGovernorProposerVotesChangedThisHour, error) {
	out := new(ModelGovernorProposerVotesChangedThisHour)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "ProposerVotesChangedThisHour", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelGovernorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ModelGovernor contract.
type ModelGovernorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ModelGovernorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (modelGovernor *ModelGovernor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ModelGovernorSafeCastOverflowedUintDowncast, error) {
	out := new(ModelGovernorSafeCastOverflowedUintDowncast)
	if err := modelGovernor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketMetaData contains all meta data concerning the ModelMarket contract.
var ModelMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIMarketRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"usdc_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"}],\"name\":\"PriceAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"SelfPurchase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"Listed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"ListingCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"Sold\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"}],\"name\":\"buy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"}],\"name\":\"list\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"listing\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"}],\"internalType\":\"structModelMarket.Listing\",\"name\":\"l\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIMarketRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"usdc\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "6bdb5932c8511c735bcf34798a1be2d3dd",
	Bin: "0x60c0346100a757601f610a1238819003918201601f19168301916001600160401b038311848410176100ab5780849260409485528339810103126100a7578051906001600160a01b03821682036100a75760200151906001600160a01b03821682036100a75760805260a05260405161095290816100c0823960805181818161019d015281816104040152818161049f01526108bf015260a05181818160e8015261071c0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f905f3560e01c9081633e413bee146106f25750806340e58ee51461061f57806367d36903146104285780637b103999146103d857806384a184de146103845763d6febde814610060575f80fd5b34610299576040600319360112610299576004356024356100808261081b565b73ffffffffffffffffffffffffffffffffffffffff815116156103585760208101916bffffffffffffffffffffffff83511681811161032a57505073ffffffffffffffffffffffffffffffffffffffff81511633146102fe57825f525f6020525f60408120557f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff825116906bffffffffffffffffffffffff845116604051927f23b872dd000000000000000000000000000000000000000000000000000000005f523360045260245260445260205f60648180855af160015f51148116156102df575b826040525f6060521561029d575073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561029957815f917ffc2f82230000000000000000000000000000000000000000000000000000000082528660048301523360248301528183604482800301925af1801561028e57610265575b5073ffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff915116915116916040519283527f23f50d55776d8003622a982ade45a6c7f083116c8dbbcd980f59942f440badb160203394a480f35b6102729194505f90610789565b5f9273ffffffffffffffffffffffffffffffffffffffff61020c565b6040513d5f823e3d90fd5b5f80fd5b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b60018115166102f557813b15153d151616610178565b823d5f823e3d90fd5b827ff5428c40000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f8b8675a5000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827fd176cea0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102995760206003193601126102995760406103a260043561081b565b6bffffffffffffffffffffffff602083519273ffffffffffffffffffffffffffffffffffffffff81511684520151166020820152f35b34610299575f60031936011261029957602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461029957604060031936011261029957600435602435906bffffffffffffffffffffffff8216809203610299576040517fd5e159c700000000000000000000000000000000000000000000000000000000815281600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa801561028e5773ffffffffffffffffffffffffffffffffffffffff915f916105ee575b501680159081156105e3575b506105b457811561058c5760405161050781610740565b33815260208101838152825f525f6020527fffffffffffffffffffffffff000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff60405f20935116915160a01b161790556040519182527f50955776c5778c3b7d968d86d8c51fb6b29a7a74c20866b533268e209fc0834360203393a3005b7f4dfba023000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fb9c08761000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b9050331415836104f0565b610610915060603d606011610618575b6106088183610789565b8101906107eb565b5050846104e4565b503d6105fe565b3461029957602060031936011261029957600435805f525f60205260405f206040519061064b82610740565b5473ffffffffffffffffffffffffffffffffffffffff81169081835260a01c6020830152156106c6575173ffffffffffffffffffffffffffffffffffffffff1633036105b457805f525f6020525f604081205533907f8e25282255ab31897df2b0456bb993ac7f84d376861aefd84901d2d63a7428a25f80a3005b507fd176cea0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610299575f6003193601126102995760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b6040810190811067ffffffffffffffff82111761075c57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761075c57604052565b519073ffffffffffffffffffffffffffffffffffffffff8216820361029957565b90816060910312610299576107ff816107ca565b916108186040610811602085016107ca565b93016107ca565b90565b905f602060405161082b81610740565b8281520152815f525f60205260405f20916040519261084984610740565b549273ffffffffffffffffffffffffffffffffffffffff84169384825260a01c602082015280931561094d5750604051907fd5e159c7000000000000000000000000000000000000000000000000000000008252600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561028e575f9161092c575b5073ffffffffffffffffffffffffffffffffffffffff8084511691160361091257565b905060405161092081610740565b5f81525f602082015290565b610945915060603d606011610618576106088183610789565b50505f6108ef565b92505056",
}

// ModelMarket is an auto generated Go binding around an Ethereum contract.
type ModelMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelMarket) GetABI() abi.ABI {
	return c.abi
}

// NewModelMarket creates a new instance of ModelMarket.
func NewModelMarket() *ModelMarket {
	parsed, err := ModelMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address usdc_) returns()
func (modelMarket *ModelMarket) PackConstructor(registry_ common.Address, usdc_ common.Address) []byte {
	enc, err := modelMarket.abi.Pack("", registry_, usdc_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6febde8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buy(uint256 modelId, uint256 maxPrice) returns()
func (modelMarket *ModelMarket) PackBuy(modelId *big.Int, maxPrice *big.Int) []byte {
	enc, err := modelMarket.abi.Pack("buy", modelId, maxPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6febde8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buy(uint256 modelId, uint256 maxPrice) returns()
func (modelMarket *ModelMarket) TryPackBuy(modelId *big.Int, maxPrice *big.Int) ([]byte, error) {
	return modelMarket.abi.Pack("buy", modelId, maxPrice)
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 modelId) returns()
func (modelMarket *ModelMarket) PackCancel(modelId *big.Int) []byte {
	enc, err := modelMarket.abi.Pack("cancel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 modelId) returns()
func (modelMarket *ModelMarket) TryPackCancel(modelId *big.Int) ([]byte, error) {
	return modelMarket.abi.Pack("cancel", modelId)
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67d36903.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(uint256 modelId, uint96 price) returns()
func (modelMarket *ModelMarket) PackList(modelId *big.Int, price *big.Int) []byte {
	enc, err := modelMarket.abi.Pack("list", modelId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67d36903.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(uint256 modelId, uint96 price) returns()
func (modelMarket *ModelMarket) TryPackList(modelId *big.Int, price *big.Int) ([]byte, error) {
	return modelMarket.abi.Pack("list", modelId, price)
}

// PackListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84a184de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listing(uint256 modelId) view returns((address,uint96) l)
func (modelMarket *ModelMarket) PackListing(modelId *big.Int) []byte {
	enc, err := modelMarket.abi.Pack("listing", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84a184de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listing(uint256 modelId) view returns((address,uint96) l)
func (modelMarket *ModelMarket) TryPackListing(modelId *big.Int) ([]byte, error) {
	return modelMarket.abi.Pack("listing", modelId)
}

// UnpackListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84a184de.
//
// Solidity: function listing(uint256 modelId) view returns((address,uint96) l)
func (modelMarket *ModelMarket) UnpackListing(data []byte) (ModelMarketListing, error) {
	out, err := modelMarket.abi.Unpack("listing", data)
	if err != nil {
		return *new(ModelMarketListing), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelMarketListing)).(*ModelMarketListing)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (modelMarket *ModelMarket) PackRegistry() []byte {
	enc, err := modelMarket.abi.Pack("registry")
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
func (modelMarket *ModelMarket) TryPackRegistry() ([]byte, error) {
	return modelMarket.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (modelMarket *ModelMarket) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := modelMarket.abi.Unpack("registry", data)
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
func (modelMarket *ModelMarket) PackUsdc() []byte {
	enc, err := modelMarket.abi.Pack("usdc")
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
func (modelMarket *ModelMarket) TryPackUsdc() ([]byte, error) {
	return modelMarket.abi.Pack("usdc")
}

// UnpackUsdc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e413bee.
//
// Solidity: function usdc() view returns(address)
func (modelMarket *ModelMarket) UnpackUsdc(data []byte) (common.Address, error) {
	out, err := modelMarket.abi.Unpack("usdc", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ModelMarketListed represents a Listed event raised by the ModelMarket contract.
type ModelMarketListed struct {
	ModelId *big.Int
	Seller  common.Address
	Price   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelMarketListedEventName = "Listed"

// ContractEventName returns the user-defined event name.
func (ModelMarketListed) ContractEventName() string {
	return ModelMarketListedEventName
}

// UnpackListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Listed(uint256 indexed modelId, address indexed seller, uint256 price)
func (modelMarket *ModelMarket) UnpackListedEvent(log *types.Log) (*ModelMarketListed, error) {
	event := "Listed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketListed)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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

// ModelMarketListingCancelled represents a ListingCancelled event raised by the ModelMarket contract.
type ModelMarketListingCancelled struct {
	ModelId *big.Int
	Seller  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelMarketListingCancelledEventName = "ListingCancelled"

// ContractEventName returns the user-defined event name.
func (ModelMarketListingCancelled) ContractEventName() string {
	return ModelMarketListingCancelledEventName
}

// UnpackListingCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingCancelled(uint256 indexed modelId, address indexed seller)
func (modelMarket *ModelMarket) UnpackListingCancelledEvent(log *types.Log) (*ModelMarketListingCancelled, error) {
	event := "ListingCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketListingCancelled)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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

// ModelMarketSold represents a Sold event raised by the ModelMarket contract.
type ModelMarketSold struct {
	ModelId *big.Int
	Seller  common.Address
	Buyer   common.Address
	Price   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelMarketSoldEventName = "Sold"

// ContractEventName returns the user-defined event name.
func (ModelMarketSold) ContractEventName() string {
	return ModelMarketSoldEventName
}

// UnpackSoldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sold(uint256 indexed modelId, address indexed seller, address indexed buyer, uint256 price)
func (modelMarket *ModelMarket) UnpackSoldEvent(log *types.Log) (*ModelMarketSold, error) {
	event := "Sold"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketSold)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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
func (modelMarket *ModelMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["NotListed"].ID.Bytes()[:4]) {
		return modelMarket.UnpackNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return modelMarket.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["PriceAboveMax"].ID.Bytes()[:4]) {
		return modelMarket.UnpackPriceAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return modelMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["SelfPurchase"].ID.Bytes()[:4]) {
		return modelMarket.UnpackSelfPurchaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return modelMarket.UnpackZeroPriceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelMarketNotListed represents a NotListed error raised by the ModelMarket contract.
type ModelMarketNotListed struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotListed(uint256 modelId)
func ModelMarketNotListedErrorID() common.Hash {
	return common.HexToHash("0xd176cea0d27fd63dcbcf21630f5c3452bee00c238c2ad1142db4ae64e0f26fd0")
}

// UnpackNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotListed(uint256 modelId)
func (modelMarket *ModelMarket) UnpackNotListedError(raw []byte) (*ModelMarketNotListed, error) {
	out := new(ModelMarketNotListed)
	if err := modelMarket.abi.UnpackIntoInterface(out, "NotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketNotOwner represents a NotOwner error raised by the ModelMarket contract.
type ModelMarketNotOwner struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(uint256 modelId, address caller)
func ModelMarketNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xb9c08761b39290edeb2eaccc82f97335f55e0538265165b6a27841798afb244b")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(uint256 modelId, address caller)
func (modelMarket *ModelMarket) UnpackNotOwnerError(raw []byte) (*ModelMarketNotOwner, error) {
	out := new(ModelMarketNotOwner)
	if err := modelMarket.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketPriceAboveMax represents a PriceAboveMax error raised by the ModelMarket contract.
type ModelMarketPriceAboveMax struct {
	Price    *big.Int
	MaxPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceAboveMax(uint256 price, uint256 maxPrice)
func ModelMarketPriceAboveMaxErrorID() common.Hash {
	return common.HexToHash("0x8b8675a5e45d5a040210539346beff93c0b41cdbaa452e75eed3ad7c6d63968e")
}

// UnpackPriceAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceAboveMax(uint256 price, uint256 maxPrice)
func (modelMarket *ModelMarket) UnpackPriceAboveMaxError(raw []byte) (*ModelMarketPriceAboveMax, error) {
	out := new(ModelMarketPriceAboveMax)
	if err := modelMarket.abi.UnpackIntoInterface(out, "PriceAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ModelMarket contract.
type ModelMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ModelMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (modelMarket *ModelMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*ModelMarketSafeERC20FailedOperation, error) {
	out := new(ModelMarketSafeERC20FailedOperation)
	if err := modelMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketSelfPurchase represents a SelfPurchase error raised by the ModelMarket contract.
type ModelMarketSelfPurchase struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfPurchase(uint256 modelId)
func ModelMarketSelfPurchaseErrorID() common.Hash {
	return common.HexToHash("0xf5428c407d334bffcbbeccdf4158498d001a2f79d098f2776e9fe1caee111f66")
}

// UnpackSelfPurchaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfPurchase(uint256 modelId)
func (modelMarket *ModelMarket) UnpackSelfPurchaseError(raw []byte) (*ModelMarketSelfPurchase, error) {
	out := new(ModelMarketSelfPurchase)
	if err := modelMarket.abi.UnpackIntoInterface(out, "SelfPurchase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketZeroPrice represents a ZeroPrice error raised by the ModelMarket contract.
type ModelMarketZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func ModelMarketZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (modelMarket *ModelMarket) UnpackZeroPriceError(raw []byte) (*ModelMarketZeroPrice, error) {
	out := new(ModelMarketZeroPrice)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockMetaData contains all meta data concerning the ModelTimelock contract.
var ModelTimelockMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InitializeDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"}],\"name\":\"TimelockInsufficientDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payloads\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"TimelockInvalidOperationLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"TimelockUnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"predecessorId\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexecutedPredecessor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operationId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexpectedOperationState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"CallExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"CallSalt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"CallScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDuration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDuration\",\"type\":\"uint256\"}],\"name\":\"MinDelayChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCELLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_MIN_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXECUTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getOperationState\",\"outputs\":[{\"internalType\":\"enumTimelockControllerUpgradeable.OperationState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperationBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationReady\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"scheduleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newDelay\",\"type\":\"uint256\"}],\"name\":\"updateDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "d9625843cc13a169fbe58102db3d69db1b",
	Bin: "0x6080806040523460aa575f516020611e705f395f51905f525460ff8160401c16609b576002600160401b03196001600160401b038216016049575b604051611dc190816100af8239f35b6001600160401b0319166001600160401b039081175f516020611e705f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80603a565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe6080604052600436101561001a575b3615610018575f80fd5b005b5f3560e01c806301d5062a14610d9157806301ffc9a714610cf057806307bd026514610cb65780630c340a2414610c7e578063134008d314610bfc57806313bc9f2014610bde578063150b7a0214610b70578063248a9ca314610b265780632ab0f52914610b085780632f2ff15d14610aab57806331d5075014610a8d57806336568abe14610a235780634573488014610a06578063584b153e146109e857806364d623531461092c5780637958004c146108d05780638065657f146108b15780638f2a0bb0146107105780638f61f4f5146106d657806391d14854146106a6578063a217fddf1461068c578063b08e51c014610652578063b1c5f42714610630578063bc197c8114610580578063c4c4c7b3146104fc578063c4d252f5146103d5578063d45c44351461038c578063d547741f14610328578063e38335e514610207578063f23a6e61146101995763f27a0c920361000e5734610195575f60031936011261019557602061018d61186f565b604051908152f35b5f80fd5b346101955760a0600319360112610195576101b2610e3d565b506101bb610e60565b5060843567ffffffffffffffff8111610195576101dc903690600401610fbd565b5060206040517ff23a6e61000000000000000000000000000000000000000000000000000000008152f35b61021036611034565b6102219795939492979691966114be565b1561031a575b828214801590610310575b6102dc5761024961025091888a888789888d6117ad565b9687611adc565b5f5b8181106102625761001887611bb9565b8080887fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5888886102d36102ba8f986001998f828e6102ad8f836102a8916102b396611400565b61143d565b97611400565b359561145e565b906102c782828787611b66565b604051948594856112a1565b0390a301610252565b5086907fffb03211000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b5087821415610232565b610323336119eb565b610227565b3461019557604060031936011261019557610018600435610347610e60565b90610387610380825f527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800602052600160405f20015490565b3390611a83565b611cc0565b34610195576020600319360112610195576004355f527f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb3600602052602060405f2054604051908152f35b3461019557602060031936011261019557600435610413337ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783611535565b156104ac576104218161131d565b1561047957805f527f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb36006020525f60408120557fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb705f80a2005b7f5ead8eb5000000000000000000000000000000000000000000000000000000005f52600452600460021760245260445ffd5b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78360245260445ffd5b346101955760806003193601126101955760243567ffffffffffffffff81116101955761052d90369060040161111a565b5060443567ffffffffffffffff81116101955761054e90369060040161111a565b50610557610e83565b507f385af293000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101955760a060031936011261019557610599610e3d565b506105a2610e60565b5060443567ffffffffffffffff8111610195576105c39036906004016110bd565b5060643567ffffffffffffffff8111610195576105e49036906004016110bd565b5060843567ffffffffffffffff811161019557610605903690600401610fbd565b5060206040517fbc197c81000000000000000000000000000000000000000000000000000000008152f35b3461019557602061018d61064336611034565b969590959491949392936117ad565b34610195575f6003193601126101955760206040517ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838152f35b34610195575f6003193601126101955760206040515f8152f35b346101955760406003193601126101955760206106cc6106c4610e60565b600435611535565b6040519015158152f35b34610195575f6003193601126101955760206040517fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18152f35b346101955760c06003193601126101955760043567ffffffffffffffff811161019557610741903690600401611003565b9060243567ffffffffffffffff811161019557610762903690600401611003565b60449291923567ffffffffffffffff811161019557610785903690600401611003565b9390916064356084359560a4359261079c33611953565b8089148015906108a7575b610874576107bb88848489858a8f8e6117ad565b986107c6858b61189e565b895f5b828110610806575089806107d957005b60207f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038791604051908152a2005b806001927f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b6108698f8c61085c8f928e6108558f8f9061084f6102a88f8097948195611400565b99611400565b359761145e565b906040519687968761119f565b0390a3018a906107c9565b90887fffb03211000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b50818914156107a7565b3461019557602061018d6108c436610ef5565b9493909392919261139d565b34610195576020600319360112610195576108ec600435611346565b60405160048210156108ff576020918152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b34610195576020600319360112610195576004353033036109bc577f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d560407f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb3601548151908152836020820152a17f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb360155005b7fe2850c59000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101955760206003193601126101955760206106cc60043561131d565b34610195575f600319360112610195576020604051620151808152f35b3461019557604060031936011261019557610a3c610e60565b3373ffffffffffffffffffffffffffffffffffffffff821603610a655761001890600435611cc0565b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101955760206003193601126101955760206106cc600435611306565b3461019557604060031936011261019557610018600435610aca610e60565b90610b03610380825f527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800602052600160405f20015490565b611bf6565b346101955760206003193601126101955760206106cc6004356112ee565b3461019557602060031936011261019557602061018d6004355f527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800602052600160405f20015490565b3461019557608060031936011261019557610b89610e3d565b50610b92610e60565b5060643567ffffffffffffffff811161019557610bb3903690600401610fbd565b5060206040517f150b7a02000000000000000000000000000000000000000000000000000000008152f35b346101955760206003193601126101955760206106cc6004356112d6565b610018610c5c5f610c687fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58610c53610c3336610ef5565b610c4398949691989392936114be565b15610c70575b888484898961139d565b98899788611adc565b6102c782828787611b66565b0390a3611bb9565b610c79336119eb565b610c49565b34610195575f600319360112610195576020610c986111e5565b73ffffffffffffffffffffffffffffffffffffffff60405191168152f35b34610195575f6003193601126101955760206040517fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638152f35b34610195576020600319360112610195576004357fffffffff00000000000000000000000000000000000000000000000000000000811680910361019557807f4e2312e00000000000000000000000000000000000000000000000000000000060209214908115610d67575b506040519015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501482610d5c565b346101955760c060031936011261019557610daa610e3d565b6024359060443567ffffffffffffffff8111610195577f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca92610df15f923690600401610ec7565b94909160643594610e336084359660a43590610e0c33611953565b610e1a89828c8a898961139d565b998a97610e27848a61189e565b6040519687968761119f565b0390a3806107d957005b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361019557565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361019557565b6064359073ffffffffffffffffffffffffffffffffffffffff8216820361019557565b359073ffffffffffffffffffffffffffffffffffffffff8216820361019557565b9181601f840112156101955782359167ffffffffffffffff8311610195576020838186019501011161019557565b60a06003198201126101955760043573ffffffffffffffffffffffffffffffffffffffff811681036101955791602435916044359067ffffffffffffffff821161019557610f4591600401610ec7565b90916064359060843590565b90601f601f19910116810190811067ffffffffffffffff821117610f7457604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b67ffffffffffffffff8111610f7457601f01601f191660200190565b81601f8201121561019557803590610fd482610fa1565b92610fe26040519485610f51565b8284526020838301011161019557815f926020809301838601378301015290565b9181601f840112156101955782359167ffffffffffffffff8311610195576020808501948460051b01011161019557565b60a06003198201126101955760043567ffffffffffffffff8111610195578161105f91600401611003565b9290929160243567ffffffffffffffff8111610195578161108291600401611003565b929092916044359067ffffffffffffffff821161019557610f4591600401611003565b67ffffffffffffffff8111610f745760051b60200190565b9080601f830112156101955781356110d4816110a5565b926110e26040519485610f51565b81845260208085019260051b82010192831161019557602001905b82821061110a5750505090565b81358152602091820191016110fd565b9080601f83011215610195578135611131816110a5565b9261113f6040519485610f51565b81845260208085019260051b82010192831161019557602001905b8282106111675750505090565b6020809161117484610ea6565b81520191019061115a565b601f8260209493601f1993818652868601375f8582860101520116010190565b9290936111db9273ffffffffffffffffffffffffffffffffffffffff60809699989799168552602085015260a0604085015260a084019161117f565b9460608201520152565b303b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd3810190811161127457602061123561121f83610fa1565b9261122d6040519485610f51565b808452610fa1565b91601f1982820193013684378051602d84303c805181010312610195575173ffffffffffffffffffffffffffffffffffffffff81168091036101955790565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6112d3949273ffffffffffffffffffffffffffffffffffffffff6060931682526020820152816040820152019161117f565b90565b6112df90611346565b60048110156108ff5760021490565b6112f790611346565b60048110156108ff5760031490565b61130f90611346565b60048110156108ff57151590565b61132690611346565b60048110156108ff576001811490811561133e575090565b600291501490565b5f527f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb360060205260405f205480155f1461137e57505f90565b6001810361138c5750600390565b42101561139857600190565b600290565b946113e16113fa9495929360405196879573ffffffffffffffffffffffffffffffffffffffff602088019a168a52604087015260a0606087015260c086019161117f565b91608084015260a083015203601f198101835282610f51565b51902090565b91908110156114105760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3573ffffffffffffffffffffffffffffffffffffffff811681036101955790565b91908110156114105760051b810135907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18136030182121561019557019081359167ffffffffffffffff8311610195576020018236038113610195579190565b73ffffffffffffffffffffffffffffffffffffffff6114db6111e5565b1615611530575f80527f52fce5e8a5d0d9e8d1ea29f4525e512e9c27bf92cae50374d497f918ab48f3826020527fdd1864c1ab258d549957f6a4d7e3a5005661df58241dbbc1700fb170ef0615465460ff1690565b600190565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181148015611650575b8015611627575b156115fe5773ffffffffffffffffffffffffffffffffffffffff6115886111e5565b1673ffffffffffffffffffffffffffffffffffffffff8316146115f7575b5f527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b62680060205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f5260205260ff60405f20541690565b5050600190565b806115a6573073ffffffffffffffffffffffffffffffffffffffff8316036115a6575050600190565b507fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638114611566565b507ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783811461155f565b916020908281520191905f5b8181106116925750505090565b90919260208060019273ffffffffffffffffffffffffffffffffffffffff6116b988610ea6565b168152019401929101611685565b90918281527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83116101955760209260051b809284830137010190565b90602083828152019060208160051b85010193835f917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe182360301905b848410611752575050505050505090565b90919293949596601f19828203018752873583811215610195578401906020823592019167ffffffffffffffff81116101955780360383136101955761179e602092839260019561117f565b99019701959401929190611741565b9593969294919094841561180b57966113fa959493926117f96113e19360a09a6117e76040519b8c9a60208c019e8f5260c08c0191611679565b91601f198a84030160408b01526116c7565b91601f19878403016060880152611704565b6113fa959450916118496080989261185b946118376040519a8b9960208b019d8e5260a08b0191611679565b91601f198984030160408a01526116c7565b91601f19868403016060870152611704565b90608083015203601f198101835282610f51565b7f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb360154806112d357506201518090565b906118a882611306565b611922576118b461186f565b8082106118f35750420190814211611274575f527f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb360060205260405f2055565b907f54336609000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f5ead8eb5000000000000000000000000000000000000000000000000000000005f52600452600160245260445ffd5b61197d817fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1611535565b156119855750565b73ffffffffffffffffffffffffffffffffffffffff907fe2517d3f000000000000000000000000000000000000000000000000000000005f52166004527fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc160245260445ffd5b611a15817fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63611535565b15611a1d5750565b73ffffffffffffffffffffffffffffffffffffffff907fe2517d3f000000000000000000000000000000000000000000000000000000005f52166004527fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6360245260445ffd5b90611a8e8183611535565b15611a97575050565b73ffffffffffffffffffffffffffffffffffffffff907fe2517d3f000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b611ae5816112d6565b15611b36575080151580611b26575b611afb5750565b7f90a9a618000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50611b30816112ee565b15611af4565b7f5ead8eb5000000000000000000000000000000000000000000000000000000005f52600452600460245260445ffd5b611bae935f93928493826040519384928337810185815203925af13d15611bb1573d90611b9282610fa1565b91611ba06040519384610f51565b82523d5f602084013e611d82565b50565b606090611d82565b611bc2816112d6565b15611b36575f527f9a37c2aa9d186a0969ff8a8267bf4e07e864c2f2768f5040949e28a624fb3600602052600160405f2055565b611c008282611535565b611cba57805f527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b62680060205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b611cca8282611535565b15611cba57805f527f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b62680060205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b15611d8a5790565b805115611d9957602081519101fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffdf0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// ModelTimelock is an auto generated Go binding around an Ethereum contract.
type ModelTimelock struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelTimelock) GetABI() abi.ABI {
	return c.abi
}

// NewModelTimelock creates a new instance of ModelTimelock.
func NewModelTimelock() *ModelTimelock {
	parsed, err := ModelTimelockMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelTimelock{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelTimelock) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) PackCANCELLERROLE() []byte {
	enc, err := modelTimelock.abi.Pack("CANCELLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) TryPackCANCELLERROLE() ([]byte, error) {
	return modelTimelock.abi.Pack("CANCELLER_ROLE")
}

// UnpackCANCELLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) UnpackCANCELLERROLE(data []byte) ([32]byte, error) {
	out, err := modelTimelock.abi.Unpack("CANCELLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) PackDEFAULTADMINROLE() []byte {
	enc, err := modelTimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return modelTimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := modelTimelock.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTMINDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45734880.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_MIN_DELAY() view returns(uint256)
func (modelTimelock *ModelTimelock) PackDEFAULTMINDELAY() []byte {
	enc, err := modelTimelock.abi.Pack("DEFAULT_MIN_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTMINDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45734880.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_MIN_DELAY() view returns(uint256)
func (modelTimelock *ModelTimelock) TryPackDEFAULTMINDELAY() ([]byte, error) {
	return modelTimelock.abi.Pack("DEFAULT_MIN_DELAY")
}

// UnpackDEFAULTMINDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45734880.
//
// Solidity: function DEFAULT_MIN_DELAY() view returns(uint256)
func (modelTimelock *ModelTimelock) UnpackDEFAULTMINDELAY(data []byte) (*big.Int, error) {
	out, err := modelTimelock.abi.Unpack("DEFAULT_MIN_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) PackEXECUTORROLE() []byte {
	enc, err := modelTimelock.abi.Pack("EXECUTOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) TryPackEXECUTORROLE() ([]byte, error) {
	return modelTimelock.abi.Pack("EXECUTOR_ROLE")
}

// UnpackEXECUTORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) UnpackEXECUTORROLE(data []byte) ([32]byte, error) {
	out, err := modelTimelock.abi.Unpack("EXECUTOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) PackPROPOSERROLE() []byte {
	enc, err := modelTimelock.abi.Pack("PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) TryPackPROPOSERROLE() ([]byte, error) {
	return modelTimelock.abi.Pack("PROPOSER_ROLE")
}

// UnpackPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (modelTimelock *ModelTimelock) UnpackPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := modelTimelock.abi.Unpack("PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 id) returns()
func (modelTimelock *ModelTimelock) PackCancel(id [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("cancel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 id) returns()
func (modelTimelock *ModelTimelock) TryPackCancel(id [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("cancel", id)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (modelTimelock *ModelTimelock) PackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (modelTimelock *ModelTimelock) TryPackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
}

// PackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (modelTimelock *ModelTimelock) PackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (modelTimelock *ModelTimelock) TryPackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
}

// PackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDelay() view returns(uint256)
func (modelTimelock *ModelTimelock) PackGetMinDelay() []byte {
	enc, err := modelTimelock.abi.Pack("getMinDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDelay() view returns(uint256)
func (modelTimelock *ModelTimelock) TryPackGetMinDelay() ([]byte, error) {
	return modelTimelock.abi.Pack("getMinDelay")
}

// UnpackGetMinDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (modelTimelock *ModelTimelock) UnpackGetMinDelay(data []byte) (*big.Int, error) {
	out, err := modelTimelock.abi.Unpack("getMinDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (modelTimelock *ModelTimelock) PackGetOperationState(id [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("getOperationState", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (modelTimelock *ModelTimelock) TryPackGetOperationState(id [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("getOperationState", id)
}

// UnpackGetOperationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (modelTimelock *ModelTimelock) UnpackGetOperationState(data []byte) (uint8, error) {
	out, err := modelTimelock.abi.Unpack("getOperationState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (modelTimelock *ModelTimelock) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (modelTimelock *ModelTimelock) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (modelTimelock *ModelTimelock) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := modelTimelock.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (modelTimelock *ModelTimelock) PackGetTimestamp(id [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("getTimestamp", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (modelTimelock *ModelTimelock) TryPackGetTimestamp(id [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("getTimestamp", id)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (modelTimelock *ModelTimelock) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := modelTimelock.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governor() view returns(address)
func (modelTimelock *ModelTimelock) PackGovernor() []byte {
	enc, err := modelTimelock.abi.Pack("governor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governor() view returns(address)
func (modelTimelock *ModelTimelock) TryPackGovernor() ([]byte, error) {
	return modelTimelock.abi.Pack("governor")
}

// UnpackGovernor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (modelTimelock *ModelTimelock) UnpackGovernor(data []byte) (common.Address, error) {
	out, err := modelTimelock.abi.Unpack("governor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (modelTimelock *ModelTimelock) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := modelTimelock.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (modelTimelock *ModelTimelock) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return modelTimelock.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (modelTimelock *ModelTimelock) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := modelTimelock.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (modelTimelock *ModelTimelock) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return modelTimelock.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (modelTimelock *ModelTimelock) UnpackHasRole(data []byte) (bool, error) {
	out, err := modelTimelock.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (modelTimelock *ModelTimelock) PackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (modelTimelock *ModelTimelock) TryPackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
}

// UnpackHashOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (modelTimelock *ModelTimelock) UnpackHashOperation(data []byte) ([32]byte, error) {
	out, err := modelTimelock.abi.Unpack("hashOperation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (modelTimelock *ModelTimelock) PackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (modelTimelock *ModelTimelock) TryPackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
}

// UnpackHashOperationBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (modelTimelock *ModelTimelock) UnpackHashOperationBatch(data []byte) ([32]byte, error) {
	out, err := modelTimelock.abi.Unpack("hashOperationBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4c4c7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(uint256 , address[] , address[] , address ) pure returns()
func (modelTimelock *ModelTimelock) PackInitialize(arg0 *big.Int, arg1 []common.Address, arg2 []common.Address, arg3 common.Address) []byte {
	enc, err := modelTimelock.abi.Pack("initialize", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4c4c7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(uint256 , address[] , address[] , address ) pure returns()
func (modelTimelock *ModelTimelock) TryPackInitialize(arg0 *big.Int, arg1 []common.Address, arg2 []common.Address, arg3 common.Address) ([]byte, error) {
	return modelTimelock.abi.Pack("initialize", arg0, arg1, arg2, arg3)
}

// PackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) PackIsOperation(id [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("isOperation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) TryPackIsOperation(id [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("isOperation", id)
}

// UnpackIsOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) UnpackIsOperation(data []byte) (bool, error) {
	out, err := modelTimelock.abi.Unpack("isOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) PackIsOperationDone(id [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("isOperationDone", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) TryPackIsOperationDone(id [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("isOperationDone", id)
}

// UnpackIsOperationDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) UnpackIsOperationDone(data []byte) (bool, error) {
	out, err := modelTimelock.abi.Unpack("isOperationDone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) PackIsOperationPending(id [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("isOperationPending", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) TryPackIsOperationPending(id [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("isOperationPending", id)
}

// UnpackIsOperationPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) UnpackIsOperationPending(data []byte) (bool, error) {
	out, err := modelTimelock.abi.Unpack("isOperationPending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) PackIsOperationReady(id [32]byte) []byte {
	enc, err := modelTimelock.abi.Pack("isOperationReady", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) TryPackIsOperationReady(id [32]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("isOperationReady", id)
}

// UnpackIsOperationReady is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (modelTimelock *ModelTimelock) UnpackIsOperationReady(data []byte) (bool, error) {
	out, err := modelTimelock.abi.Unpack("isOperationReady", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := modelTimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return modelTimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := modelTimelock.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := modelTimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return modelTimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := modelTimelock.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := modelTimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return modelTimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (modelTimelock *ModelTimelock) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := modelTimelock.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (modelTimelock *ModelTimelock) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := modelTimelock.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (modelTimelock *ModelTimelock) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return modelTimelock.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (modelTimelock *ModelTimelock) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := modelTimelock.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (modelTimelock *ModelTimelock) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return modelTimelock.abi.Pack("revokeRole", role, account)
}

// PackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (modelTimelock *ModelTimelock) PackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := modelTimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (modelTimelock *ModelTimelock) TryPackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return modelTimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
}

// PackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (modelTimelock *ModelTimelock) PackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := modelTimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (modelTimelock *ModelTimelock) TryPackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return modelTimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (modelTimelock *ModelTimelock) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := modelTimelock.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (modelTimelock *ModelTimelock) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return modelTimelock.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (modelTimelock *ModelTimelock) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := modelTimelock.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (modelTimelock *ModelTimelock) PackUpdateDelay(newDelay *big.Int) []byte {
	enc, err := modelTimelock.abi.Pack("updateDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (modelTimelock *ModelTimelock) TryPackUpdateDelay(newDelay *big.Int) ([]byte, error) {
	return modelTimelock.abi.Pack("updateDelay", newDelay)
}

// ModelTimelockCallExecuted represents a CallExecuted event raised by the ModelTimelock contract.
type ModelTimelockCallExecuted struct {
	Id     [32]byte
	Index  *big.Int
	Target common.Address
	Value  *big.Int
	Data   []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ModelTimelockCallExecutedEventName = "CallExecuted"

// ContractEventName returns the user-defined event name.
func (ModelTimelockCallExecuted) ContractEventName() string {
	return ModelTimelockCallExecutedEventName
}

// UnpackCallExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (modelTimelock *ModelTimelock) UnpackCallExecutedEvent(log *types.Log) (*ModelTimelockCallExecuted, error) {
	event := "CallExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockCallExecuted)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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

// ModelTimelockCallSalt represents a CallSalt event raised by the ModelTimelock contract.
type ModelTimelockCallSalt struct {
	Id   [32]byte
	Salt [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const ModelTimelockCallSaltEventName = "CallSalt"

// ContractEventName returns the user-defined event name.
func (ModelTimelockCallSalt) ContractEventName() string {
	return ModelTimelockCallSaltEventName
}

// UnpackCallSaltEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (modelTimelock *ModelTimelock) UnpackCallSaltEvent(log *types.Log) (*ModelTimelockCallSalt, error) {
	event := "CallSalt"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockCallSalt)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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

// ModelTimelockCallScheduled represents a CallScheduled event raised by the ModelTimelock contract.
type ModelTimelockCallScheduled struct {
	Id          [32]byte
	Index       *big.Int
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor [32]byte
	Delay       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelTimelockCallScheduledEventName = "CallScheduled"

// ContractEventName returns the user-defined event name.
func (ModelTimelockCallScheduled) ContractEventName() string {
	return ModelTimelockCallScheduledEventName
}

// UnpackCallScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (modelTimelock *ModelTimelock) UnpackCallScheduledEvent(log *types.Log) (*ModelTimelockCallScheduled, error) {
	event := "CallScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockCallScheduled)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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

// ModelTimelockCancelled represents a Cancelled event raised by the ModelTimelock contract.
type ModelTimelockCancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const ModelTimelockCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (ModelTimelockCancelled) ContractEventName() string {
	return ModelTimelockCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (modelTimelock *ModelTimelock) UnpackCancelledEvent(log *types.Log) (*ModelTimelockCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockCancelled)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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

// ModelTimelockInitialized represents a Initialized event raised by the ModelTimelock contract.
type ModelTimelockInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelTimelockInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ModelTimelockInitialized) ContractEventName() string {
	return ModelTimelockInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (modelTimelock *ModelTimelock) UnpackInitializedEvent(log *types.Log) (*ModelTimelockInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockInitialized)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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

// ModelTimelockMinDelayChange represents a MinDelayChange event raised by the ModelTimelock contract.
type ModelTimelockMinDelayChange struct {
	OldDuration *big.Int
	NewDuration *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelTimelockMinDelayChangeEventName = "MinDelayChange"

// ContractEventName returns the user-defined event name.
func (ModelTimelockMinDelayChange) ContractEventName() string {
	return ModelTimelockMinDelayChangeEventName
}

// UnpackMinDelayChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (modelTimelock *ModelTimelock) UnpackMinDelayChangeEvent(log *types.Log) (*ModelTimelockMinDelayChange, error) {
	event := "MinDelayChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockMinDelayChange)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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

// ModelTimelockRoleAdminChanged represents a RoleAdminChanged event raised by the ModelTimelock contract.
type ModelTimelockRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ModelTimelockRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ModelTimelockRoleAdminChanged) ContractEventName() string {
	return ModelTimelockRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (modelTimelock *ModelTimelock) UnpackRoleAdminChangedEvent(log *types.Log) (*ModelTimelockRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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

// ModelTimelockRoleGranted represents a RoleGranted event raised by the ModelTimelock contract.
type ModelTimelockRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelTimelockRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ModelTimelockRoleGranted) ContractEventName() string {
	return ModelTimelockRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (modelTimelock *ModelTimelock) UnpackRoleGrantedEvent(log *types.Log) (*ModelTimelockRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockRoleGranted)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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

// ModelTimelockRoleRevoked represents a RoleRevoked event raised by the ModelTimelock contract.
type ModelTimelockRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelTimelockRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ModelTimelockRoleRevoked) ContractEventName() string {
	return ModelTimelockRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (modelTimelock *ModelTimelock) UnpackRoleRevokedEvent(log *types.Log) (*ModelTimelockRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelTimelockRoleRevoked)
	if len(log.Data) > 0 {
		if err := modelTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelTimelock.abi.Events[event].Inputs {
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
func (modelTimelock *ModelTimelock) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["InitializeDisabled"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackInitializeDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["TimelockInsufficientDelay"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackTimelockInsufficientDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["TimelockInvalidOperationLength"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackTimelockInvalidOperationLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["TimelockUnauthorizedCaller"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackTimelockUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["TimelockUnexecutedPredecessor"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackTimelockUnexecutedPredecessorError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelTimelock.abi.Errors["TimelockUnexpectedOperationState"].ID.Bytes()[:4]) {
		return modelTimelock.UnpackTimelockUnexpectedOperationStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelTimelockAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ModelTimelock contract.
type ModelTimelockAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ModelTimelockAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (modelTimelock *ModelTimelock) UnpackAccessControlBadConfirmationError(raw []byte) (*ModelTimelockAccessControlBadConfirmation, error) {
	out := new(ModelTimelockAccessControlBadConfirmation)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ModelTimelock contract.
type ModelTimelockAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ModelTimelockAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (modelTimelock *ModelTimelock) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ModelTimelockAccessControlUnauthorizedAccount, error) {
	out := new(ModelTimelockAccessControlUnauthorizedAccount)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockFailedCall represents a FailedCall error raised by the ModelTimelock contract.
type ModelTimelockFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ModelTimelockFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (modelTimelock *ModelTimelock) UnpackFailedCallError(raw []byte) (*ModelTimelockFailedCall, error) {
	out := new(ModelTimelockFailedCall)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockInitializeDisabled represents a InitializeDisabled error raised by the ModelTimelock contract.
type ModelTimelockInitializeDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InitializeDisabled()
func ModelTimelockInitializeDisabledErrorID() common.Hash {
	return common.HexToHash("0x385af29310ebebb78edcd3fdd0fa5ca5fe5801604a13827abbf5735fbb07d547")
}

// UnpackInitializeDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InitializeDisabled()
func (modelTimelock *ModelTimelock) UnpackInitializeDisabledError(raw []byte) (*ModelTimelockInitializeDisabled, error) {
	out := new(ModelTimelockInitializeDisabled)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "InitializeDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockInvalidInitialization represents a InvalidInitialization error raised by the ModelTimelock contract.
type ModelTimelockInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ModelTimelockInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (modelTimelock *ModelTimelock) UnpackInvalidInitializationError(raw []byte) (*ModelTimelockInvalidInitialization, error) {
	out := new(ModelTimelockInvalidInitialization)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockNotInitializing represents a NotInitializing error raised by the ModelTimelock contract.
type ModelTimelockNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ModelTimelockNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (modelTimelock *ModelTimelock) UnpackNotInitializingError(raw []byte) (*ModelTimelockNotInitializing, error) {
	out := new(ModelTimelockNotInitializing)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockTimelockInsufficientDelay represents a TimelockInsufficientDelay error raised by the ModelTimelock contract.
type ModelTimelockTimelockInsufficientDelay struct {
	Delay    *big.Int
	MinDelay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func ModelTimelockTimelockInsufficientDelayErrorID() common.Hash {
	return common.HexToHash("0x543366097fc46a718a4890a59e5216cbbc872f61973a9e2a6666ecccaa1a07ca")
}

// UnpackTimelockInsufficientDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func (modelTimelock *ModelTimelock) UnpackTimelockInsufficientDelayError(raw []byte) (*ModelTimelockTimelockInsufficientDelay, error) {
	out := new(ModelTimelockTimelockInsufficientDelay)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "TimelockInsufficientDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockTimelockInvalidOperationLength represents a TimelockInvalidOperationLength error raised by the ModelTimelock contract.
type ModelTimelockTimelockInvalidOperationLength struct {
	Targets  *big.Int
	Payloads *big.Int
	Values   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func ModelTimelockTimelockInvalidOperationLengthErrorID() common.Hash {
	return common.HexToHash("0xffb0321166292613ddbe36e2eb9b9b1e8877aa314505f6d35f0f4ae660e8ada3")
}

// UnpackTimelockInvalidOperationLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func (modelTimelock *ModelTimelock) UnpackTimelockInvalidOperationLengthError(raw []byte) (*ModelTimelockTimelockInvalidOperationLength, error) {
	out := new(ModelTimelockTimelockInvalidOperationLength)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "TimelockInvalidOperationLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockTimelockUnauthorizedCaller represents a TimelockUnauthorizedCaller error raised by the ModelTimelock contract.
type ModelTimelockTimelockUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func ModelTimelockTimelockUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xe2850c5900ceb2d1b367e63ffd96510279f191862fece2dde12a1b1bce580ebd")
}

// UnpackTimelockUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func (modelTimelock *ModelTimelock) UnpackTimelockUnauthorizedCallerError(raw []byte) (*ModelTimelockTimelockUnauthorizedCaller, error) {
	out := new(ModelTimelockTimelockUnauthorizedCaller)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "TimelockUnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockTimelockUnexecutedPredecessor represents a TimelockUnexecutedPredecessor error raised by the ModelTimelock contract.
type ModelTimelockTimelockUnexecutedPredecessor struct {
	PredecessorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func ModelTimelockTimelockUnexecutedPredecessorErrorID() common.Hash {
	return common.HexToHash("0x90a9a618cfd84aabd2505bb50bbc6c95924a5d4f10d2bf500768fcbf91f51cab")
}

// UnpackTimelockUnexecutedPredecessorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func (modelTimelock *ModelTimelock) UnpackTimelockUnexecutedPredecessorError(raw []byte) (*ModelTimelockTimelockUnexecutedPredecessor, error) {
	out := new(ModelTimelockTimelockUnexecutedPredecessor)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "TimelockUnexecutedPredecessor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelTimelockTimelockUnexpectedOperationState represents a TimelockUnexpectedOperationState error raised by the ModelTimelock contract.
type ModelTimelockTimelockUnexpectedOperationState struct {
	OperationId    [32]byte
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func ModelTimelockTimelockUnexpectedOperationStateErrorID() common.Hash {
	return common.HexToHash("0x5ead8eb51d1c1b7ef2eb1ef3ec2f009cfba25e924d04ccc853f25803ea40b489")
}

// UnpackTimelockUnexpectedOperationStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func (modelTimelock *ModelTimelock) UnpackTimelockUnexpectedOperationStateError(raw []byte) (*ModelTimelockTimelockUnexpectedOperationState, error) {
	out := new(ModelTimelockTimelockUnexpectedOperationState)
	if err := modelTimelock.abi.UnpackIntoInterface(out, "TimelockUnexpectedOperationState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
