package hokusai

import (
	"context"
	"strings"
)

// CheckContributor applies a model's licence to a contributor (F3):
// Decentralized and Open Source models take contributions from anyone; a
// Proprietary model only from its owner and the addresses on its
// whitelist, otherwise EWHITELIST. It is checked before anything of the
// contribution is read or stored.
func CheckContributor(ctx context.Context, m *Model, contributor string, wl WhitelistService) error {
	switch m.License {
	case LicenseDecentralized, LicenseOpenSource:
		return nil
	case LicenseProprietary:
		if strings.EqualFold(m.Owner, contributor) {
			return nil
		}
		if wl != nil {
			ok, err := wl.Whitelisted(ctx, m.ID, contributor)
			if err != nil {
				return err
			}
			if ok {
				return nil
			}
		}
		return Errorf(EWHITELIST, "Model %s is proprietary and takes contributions only from whitelisted addresses; %s is not on its whitelist. Ask the owner %s to add it (hokusai keys whitelist add %s %s).",
			m.Ticker, contributor, m.Owner, m.Ticker, contributor)
	}
	return Errorf(ELICENSE, "Model %s has a licence this server does not know (%d), so it takes no contributions.", m.Ticker, m.License)
}
