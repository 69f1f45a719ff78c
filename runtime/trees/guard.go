package trees

import (
	"encoding/binary"
	"fmt"
	"regexp"
	"strconv"
)

// leaves allocates whatever lengths a model file declares before it reads
// the data, so a crafted file of a few bytes could ask for gigabytes. These
// checks walk the same structure first and refuse any length that does not
// fit in the bytes that remain, and feature or class counts beyond sane
// bounds (each prediction allocates one slot per feature).
const (
	maxFeatures = 1 << 22
	maxClasses  = 1 << 16
)

// xgHeader is what checkXGBinary learns from an XGBoost binary model.
type xgHeader struct {
	objective, booster string
	numFeatures        uint32
	numClass           int32
	groupsAt           int // offset of GBTreeModelParam.num_output_group
}

type cursor struct {
	b   []byte
	off int
}

func (c *cursor) need(n uint64, what string) error {
	if n > uint64(len(c.b)-c.off) {
		return fmt.Errorf("%s declares %d bytes but only %d remain", what, n, len(c.b)-c.off)
	}
	return nil
}

func (c *cursor) skip(n uint64, what string) error {
	if err := c.need(n, what); err != nil {
		return err
	}
	c.off += int(n)
	return nil
}

func (c *cursor) u32(what string) (uint32, error) {
	if err := c.need(4, what); err != nil {
		return 0, err
	}
	v := binary.LittleEndian.Uint32(c.b[c.off:])
	c.off += 4
	return v, nil
}

func (c *cursor) u64(what string) (uint64, error) {
	if err := c.need(8, what); err != nil {
		return 0, err
	}
	v := binary.LittleEndian.Uint64(c.b[c.off:])
	c.off += 8
	return v, nil
}

func (c *cursor) str(what string) (string, error) {
	n, err := c.u64(what)
	if err != nil {
		return "", err
	}
	if err := c.need(n, what); err != nil {
		return "", err
	}
	s := string(c.b[c.off : c.off+int(n)])
	c.off += int(n)
	return s, nil
}

// vec skips a dmlc vector (u64 length, then elements of size bytes).
func (c *cursor) vec(size uint64, what string) (uint64, error) {
	n, err := c.u64(what)
	if err != nil {
		return 0, err
	}
	if n > uint64(len(c.b))/size {
		return 0, fmt.Errorf("%s declares %d elements, more than the file holds", what, n)
	}
	return n, c.skip(n*size, what)
}

// checkXGBinary walks an XGBoost binary model (the layout leaves reads).
func checkXGBinary(b []byte) (xgHeader, error) {
	var h xgHeader
	c := &cursor{b: b}
	// LearnerModelParam: base_score, num_feature, num_class, 2 flags, 29 reserved.
	if err := c.skip(4, "header"); err != nil {
		return h, err
	}
	nf, err := c.u32("header")
	if err != nil {
		return h, err
	}
	nc, err := c.u32("header")
	if err != nil {
		return h, err
	}
	h.numFeatures, h.numClass = nf, int32(nc)
	if nf > maxFeatures || h.numClass < 0 || h.numClass > maxClasses {
		return h, fmt.Errorf("header declares %d features and %d classes; the limits are %d and %d", nf, h.numClass, maxFeatures, maxClasses)
	}
	if err := c.skip(31*4, "header"); err != nil {
		return h, err
	}
	if h.objective, err = c.str("objective name"); err != nil {
		return h, err
	}
	if h.booster, err = c.str("booster name"); err != nil {
		return h, err
	}
	if h.booster == "gblinear" {
		// GBLinearModelParam: num_feature, num_output_group, 32 reserved; then weights.
		if err := c.skip(34*4, "gblinear parameters"); err != nil {
			return h, err
		}
		_, err := c.vec(4, "gblinear weights")
		return h, err
	}
	// GBTreeModelParam: num_trees, num_roots, num_feature, pad, int64
	// num_pbuffer, num_output_group, size_leaf_vector, 32 reserved.
	h.groupsAt = c.off + 24
	nt, err := c.u32("gbtree parameters")
	if err != nil {
		return h, err
	}
	const treeParamSize, nodeSize, statSize = 37 * 4, 20, 16
	if uint64(nt) > uint64(len(b))/treeParamSize {
		return h, fmt.Errorf("gbtree declares %d trees, more than the file can hold", int32(nt))
	}
	if err := c.skip(156, "gbtree parameters"); err != nil {
		return h, err
	}
	for i := uint32(0); i < nt; i++ {
		// TreeParam: num_roots, num_nodes, num_deleted, max_depth, num_feature, size_leaf_vector, 31 reserved.
		if err := c.skip(4, "tree parameters"); err != nil {
			return h, err
		}
		nn, err := c.u32("tree parameters")
		if err != nil {
			return h, err
		}
		if err := c.skip(12, "tree parameters"); err != nil {
			return h, err
		}
		leafVec, err := c.u32("tree parameters")
		if err != nil {
			return h, err
		}
		if err := c.skip(31*4, "tree parameters"); err != nil {
			return h, err
		}
		if int32(nn) < 0 {
			return h, fmt.Errorf("tree %d declares %d nodes", i, int32(nn))
		}
		if err := c.skip(uint64(nn)*(nodeSize+statSize), fmt.Sprintf("tree %d", i)); err != nil {
			return h, err
		}
		if int32(leafVec) > 0 {
			if _, err := c.vec(4, fmt.Sprintf("tree %d leaf vector", i)); err != nil {
				return h, err
			}
		}
	}
	if err := c.skip(uint64(nt)*4, "tree info"); err != nil {
		return h, err
	}
	if h.booster == "dart" {
		if _, err := c.vec(4, "dart weights"); err != nil {
			return h, err
		}
	}
	return h, nil
}

var lgCountRE = regexp.MustCompile(`"?(num_leaves|num_cat|max_feature_idx|num_class|num_tree_per_iteration)"?\s*[=:]\s*(-?\d+)`)

// checkLightGBM bounds the counts a LightGBM text or JSON model declares:
// a tree cannot have more leaves than the file has bytes.
func checkLightGBM(b []byte) error {
	for _, m := range lgCountRE.FindAllSubmatch(b, -1) {
		v, err := strconv.ParseInt(string(m[2]), 10, 64)
		if err != nil {
			return fmt.Errorf("%s=%s is not a number", m[1], m[2])
		}
		limit := int64(len(b))
		switch string(m[1]) {
		case "max_feature_idx":
			limit = maxFeatures
		case "num_class", "num_tree_per_iteration":
			limit = maxClasses
		}
		if v > limit {
			return fmt.Errorf("%s=%d is beyond the limit %d for this file", m[1], v, limit)
		}
	}
	return nil
}
