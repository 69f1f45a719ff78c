package http

import (
	"context"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// Page size bounds for list endpoints.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

var addressRE = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// ListModels lists indexed models, filtered and paginated.
func (h apiHandler) ListModels(ctx context.Context, req oapi.ListModelsRequestObject) (oapi.ListModelsResponseObject, error) {
	ms, err := h.s.modelService()
	if err != nil {
		return nil, err
	}
	p := req.Params
	limit, offset, err := page(p.Limit, p.Offset)
	if err != nil {
		return nil, err
	}
	f := hokusai.ModelFilter{Limit: limit, Offset: offset}
	if p.Ticker != nil {
		t, err := hokusai.NormalizeTicker(*p.Ticker)
		if err != nil {
			return nil, hokusai.FieldErrorf("ticker", "Parameter ticker must be 3 to 6 letters A–Z, got %q.", hokusai.Excerpt(*p.Ticker))
		}
		f.Ticker = &t
	}
	if p.Owner != nil {
		o := strings.TrimSpace(*p.Owner)
		if !addressRE.MatchString(o) {
			return nil, hokusai.FieldErrorf("owner", "Parameter owner must be a 0x address of 40 hex digits, got %q.", hokusai.Excerpt(*p.Owner))
		}
		f.Owner = &o
	}
	if f.Category, err = textFilter("category", p.Category); err != nil {
		return nil, err
	}
	if f.Tag, err = textFilter("tag", p.Tag); err != nil {
		return nil, err
	}
	if p.License != nil {
		l, err := hokusai.ParseLicense(string(*p.License))
		if err != nil {
			return nil, err
		}
		f.License = &l
	}
	if p.Metric != nil {
		m, err := hokusai.ParseMetric(*p.Metric)
		if err != nil {
			return nil, err
		}
		f.Metric = &m
	}
	models, total, err := ms.FindModels(ctx, f)
	if err != nil {
		return nil, err
	}
	out := oapi.ListModels200JSONResponse{Data: make([]oapi.Model, 0, len(models)), Total: int64(total), Limit: int64(limit), Offset: int64(offset)}
	for _, m := range models {
		out.Data = append(out.Data, oapi.FromModel(m))
	}
	return out, nil
}

// GetModel shows one model by on-chain id or ticker.
func (h apiHandler) GetModel(ctx context.Context, req oapi.GetModelRequestObject) (oapi.GetModelResponseObject, error) {
	ms, err := h.s.modelService()
	if err != nil {
		return nil, err
	}
	m, err := FindModel(ctx, ms, req.Id)
	if err != nil {
		return nil, err
	}
	return oapi.GetModel200JSONResponse(oapi.FromModel(m)), nil
}

// FindModel resolves a model reference as the API accepts it: a numeric
// on-chain id or a ticker (case-insensitive). Errors name the field "id".
func FindModel(ctx context.Context, ms hokusai.ModelService, ref string) (*hokusai.Model, error) {
	ref = strings.TrimSpace(ref)
	if ref != "" && strings.Trim(ref, "0123456789") == "" {
		id, err := strconv.ParseUint(ref, 10, 64)
		if err != nil || id == 0 || id > math.MaxInt64 {
			return nil, hokusai.FieldErrorf("id", "Model id %s is out of range; ids are whole numbers from 1 to %d.", hokusai.Excerpt(ref), int64(math.MaxInt64))
		}
		return ms.FindModelByID(ctx, id)
	}
	t, err := hokusai.NormalizeTicker(ref)
	if err != nil {
		return nil, hokusai.FieldErrorf("id", "%q is neither a model id (a whole number such as 1) nor a ticker (3 to 6 letters such as IRIS).", hokusai.Excerpt(ref))
	}
	return ms.FindModelByTicker(ctx, t)
}

// MaxTextFilter bounds a free-text filter such as category or tag, in bytes.
const MaxTextFilter = 64

// textFilter trims a free-text filter and refuses an empty or overlong one.
func textFilter(name string, v *string) (*string, error) {
	if v == nil {
		return nil, nil
	}
	t := strings.TrimSpace(*v)
	if t == "" || len(t) > MaxTextFilter {
		return nil, hokusai.FieldErrorf(name, "Parameter %s must be 1 to %d characters, got %d.", name, MaxTextFilter, len(t))
	}
	return &t, nil
}

// page checks the limit and offset parameters and applies the defaults.
func page(limit, offset *int64) (int, int, error) {
	l, o := int64(DefaultLimit), int64(0)
	if limit != nil {
		l = *limit
		if l < 1 || l > MaxLimit {
			return 0, 0, hokusai.FieldErrorf("limit", "Parameter limit must be between 1 and %d, got %d.", MaxLimit, l)
		}
	}
	if offset != nil {
		o = *offset
		if o < 0 || o > math.MaxInt32 {
			return 0, 0, hokusai.FieldErrorf("offset", "Parameter offset must be between 0 and %d, got %d.", math.MaxInt32, o)
		}
	}
	return int(l), int(o), nil
}

func (s *Server) modelService() (hokusai.ModelService, error) {
	if s.ModelService == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server has no model index configured.")
	}
	return s.ModelService, nil
}
