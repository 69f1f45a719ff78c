package sdk_test

import (
	"context"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// TestSearchMarket pages through the marketplace with the SDK and reads a
// model page; an unknown sort comes back as INVALID_INPUT naming sort.
func TestSearchMarket(t *testing.T) {
	ctx := context.Background()
	var models []*hokusai.Model
	for i, tk := range []string{"AAA", "BBB", "CCC", "DDD", "EEE"} {
		models = append(models, storetest.NewModel(uint64(i+1), tk))
	}
	c := sdk.New(serve(t, models...).URL())
	sort, limit := "newest", int64(2)
	p := &api.SearchMarketParams{Sort: &sort, Limit: &limit}
	var ids []int64
	for {
		page, err := c.SearchMarket(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range page.Data {
			ids = append(ids, l.Model.Id)
		}
		if page.NextCursor == nil {
			break
		}
		p.Cursor = page.NextCursor
	}
	if len(ids) != 5 || ids[0] != 5 || ids[4] != 1 {
		t.Fatalf("newest first: %v", ids)
	}
	mp, err := c.MarketModel(ctx, "ccc", nil)
	if err != nil || mp.Listing.Model.Id != 3 || mp.Listing.Price != "0" {
		t.Fatalf("model page: %+v %v", mp, err)
	}
	bad := "popularity"
	if _, err := c.SearchMarket(ctx, &api.SearchMarketParams{Sort: &bad}); hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "sort" {
		t.Fatalf("unknown sort: %v", err)
	}
}
