package finetune

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/hokusai-protocol/hokusai"
)

// Akash pricing denominations a deployment may bid in: AKT, and USDC as
// the Akash chain holds it (an IBC denom); ACT is Akash's compute credit.
const (
	DenomAKT  = "uakt"
	DenomUSDC = "ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1"
	DenomACT  = "uact"
)

// SDL is an Akash Stack Definition (version 2.0) as the trainer needs it:
// one service, its compute profile, placement (attributes and pricing)
// and deployment. It marshals to the YAML a deployment is created from.
type SDL struct {
	Version    string                              `yaml:"version"`
	Services   map[string]SDLService               `yaml:"services"`
	Profiles   SDLProfiles                         `yaml:"profiles"`
	Deployment map[string]map[string]SDLDeployment `yaml:"deployment"`
}

// SDLService is a container: image, command and arguments, environment.
type SDLService struct {
	Image   string   `yaml:"image"`
	Command []string `yaml:"command,omitempty"`
	Args    []string `yaml:"args,omitempty"`
	Env     []string `yaml:"env,omitempty"`
}

// SDLProfiles holds the compute and placement profiles.
type SDLProfiles struct {
	Compute   map[string]SDLCompute   `yaml:"compute"`
	Placement map[string]SDLPlacement `yaml:"placement"`
}

// SDLCompute is a compute profile's resources.
type SDLCompute struct {
	Resources SDLResources `yaml:"resources"`
}

// SDLResources are CPU units, memory, storage and GPUs.
type SDLResources struct {
	CPU     SDLUnits  `yaml:"cpu"`
	Memory  SDLSize   `yaml:"memory"`
	Storage []SDLSize `yaml:"storage"`
	GPU     *SDLGPU   `yaml:"gpu,omitempty"`
}

// SDLUnits is a CPU count (e.g. 0.5, 2).
type SDLUnits struct {
	Units string `yaml:"units"`
}

// SDLSize is a memory or storage size (e.g. 512Mi, 10Gi).
type SDLSize struct {
	Size string `yaml:"size"`
}

// SDLGPU is a GPU count and the vendors and models that satisfy it.
type SDLGPU struct {
	Units      int           `yaml:"units"`
	Attributes SDLGPUVendors `yaml:"attributes"`
}

// SDLGPUVendors lists acceptable models per vendor.
type SDLGPUVendors struct {
	Vendor map[string][]SDLGPUModel `yaml:"vendor"`
}

// SDLGPUModel is one acceptable GPU model.
type SDLGPUModel struct {
	Model string `yaml:"model"`
}

// SDLPlacement says where a deployment may run and what it pays.
type SDLPlacement struct {
	Attributes map[string]string     `yaml:"attributes,omitempty"`
	Pricing    map[string]SDLPricing `yaml:"pricing"`
}

// SDLPricing is the most a deployment pays per block, in a denom's
// smallest unit (e.g. 1000 uakt).
type SDLPricing struct {
	Denom  string `yaml:"denom"`
	Amount int64  `yaml:"amount"`
}

// SDLDeployment names a service's profile and replica count.
type SDLDeployment struct {
	Profile string `yaml:"profile"`
	Count   int    `yaml:"count"`
}

// Marshal writes the SDL as YAML.
func (s *SDL) Marshal() ([]byte, error) {
	return yaml.Marshal(s)
}

// ParseSDL reads and validates an SDL.
func ParseSDL(b []byte) (*SDL, error) {
	var s SDL
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The SDL is not valid YAML of version 2.0: %v.", err)
	}
	return &s, s.Validate()
}

var (
	sdlName     = regexp.MustCompile(`^[a-z]([-a-z0-9]*[a-z0-9])?$`)
	sdlCPU      = regexp.MustCompile(`^([0-9]+(\.[0-9]{1,3})?|[0-9]+m)$`)
	sdlSize     = regexp.MustCompile(`^[1-9][0-9]*(Ki|Mi|Gi|Ti|k|M|G|T)?$`)
	sdlGPUModel = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
)

// Validate checks what Akash's SDL parser checks of what this package
// writes: version 2.0; names; every deployment's service, compute and
// placement profile exist; CPU, memory and storage sizes are well
// formed; a GPU count names its vendor and models; pricing is positive
// in a known denom; counts are at least 1.
func (s *SDL) Validate() error {
	bad := func(format string, args ...any) error {
		return hokusai.Errorf(hokusai.EINVALID, "SDL: "+format, args...)
	}
	if s.Version != "2.0" {
		return bad("version must be \"2.0\", got %q.", s.Version)
	}
	if len(s.Services) == 0 || len(s.Deployment) == 0 {
		return bad("it needs at least one service and one deployment.")
	}
	for name, svc := range s.Services {
		if !sdlName.MatchString(name) {
			return bad("service name %q must be lowercase letters, digits and '-'.", name)
		}
		if strings.TrimSpace(svc.Image) == "" {
			return bad("service %s has no image.", name)
		}
		if _, ok := s.Deployment[name]; !ok {
			return bad("service %s is not deployed (no deployment.%s).", name, name)
		}
	}
	for name, c := range s.Profiles.Compute {
		r := c.Resources
		if !sdlCPU.MatchString(r.CPU.Units) || r.CPU.Units == "0" {
			return bad("profiles.compute.%s.resources.cpu.units must be a positive count like 0.5 or 2, got %q.", name, r.CPU.Units)
		}
		if !sdlSize.MatchString(r.Memory.Size) {
			return bad("profiles.compute.%s.resources.memory.size must be a size like 512Mi, got %q.", name, r.Memory.Size)
		}
		if len(r.Storage) == 0 {
			return bad("profiles.compute.%s.resources.storage needs at least one size.", name)
		}
		for _, st := range r.Storage {
			if !sdlSize.MatchString(st.Size) {
				return bad("profiles.compute.%s.resources.storage size must be like 10Gi, got %q.", name, st.Size)
			}
		}
		if g := r.GPU; g != nil {
			if g.Units < 0 {
				return bad("profiles.compute.%s.resources.gpu.units must not be negative.", name)
			}
			if g.Units > 0 && len(g.Attributes.Vendor) == 0 {
				return bad("profiles.compute.%s.resources.gpu needs attributes.vendor (e.g. nvidia) when units > 0.", name)
			}
			for vendor, models := range g.Attributes.Vendor {
				if vendor != "nvidia" && vendor != "amd" {
					return bad("GPU vendor %q is not one Akash knows (nvidia, amd).", vendor)
				}
				for _, m := range models {
					if !sdlGPUModel.MatchString(m.Model) {
						return bad("GPU model %q must be lowercase letters, digits and '-'.", m.Model)
					}
				}
			}
		}
	}
	for name, p := range s.Profiles.Placement {
		if len(p.Pricing) == 0 {
			return bad("profiles.placement.%s has no pricing.", name)
		}
		for svc, price := range p.Pricing {
			if price.Amount <= 0 {
				return bad("profiles.placement.%s.pricing.%s.amount must be positive, got %d.", name, svc, price.Amount)
			}
			if price.Denom != DenomAKT && price.Denom != DenomUSDC && price.Denom != DenomACT {
				return bad("profiles.placement.%s.pricing.%s.denom must be uakt, uact or USDC's IBC denom, got %q.", name, svc, price.Denom)
			}
			if _, ok := s.Profiles.Compute[svc]; !ok {
				return bad("profiles.placement.%s.pricing.%s prices a compute profile that does not exist.", name, svc)
			}
		}
	}
	for svc, groups := range s.Deployment {
		if _, ok := s.Services[svc]; !ok {
			return bad("deployment.%s deploys a service that does not exist.", svc)
		}
		for placement, d := range groups {
			p, ok := s.Profiles.Placement[placement]
			if !ok {
				return bad("deployment.%s.%s names a placement profile that does not exist.", svc, placement)
			}
			if _, ok := s.Profiles.Compute[d.Profile]; !ok {
				return bad("deployment.%s.%s.profile %q is not a compute profile.", svc, placement, d.Profile)
			}
			if _, ok := p.Pricing[d.Profile]; !ok {
				return bad("profiles.placement.%s has no pricing for profile %s.", placement, d.Profile)
			}
			if d.Count < 1 {
				return bad("deployment.%s.%s.count must be at least 1.", svc, placement)
			}
		}
	}
	return nil
}

// TrainerSDL is the SDL that runs a job's trainer on Akash: image and
// command (the spec URL appended), the job's resources with a GPU profile
// (vendor nvidia, the model asked for), placement with the operator's
// attributes and the most it pays per block.
func TrainerSDL(image string, command []string, specURL string, res hokusai.FineTuneResources, attrs map[string]string, denom string, price int64) (*SDL, error) {
	if err := res.Check(); err != nil {
		return nil, err
	}
	cpu := "1"
	if res.CPUMillis > 0 {
		cpu = fmt.Sprintf("%d", res.CPUMillis/1000)
		if res.CPUMillis%1000 != 0 {
			cpu = strings.TrimRight(fmt.Sprintf("%d.%03d", res.CPUMillis/1000, res.CPUMillis%1000), "0")
		}
	}
	mem := "1Gi"
	if res.MemoryMiB > 0 {
		mem = fmt.Sprintf("%dMi", res.MemoryMiB)
	}
	r := SDLResources{CPU: SDLUnits{Units: cpu}, Memory: SDLSize{Size: mem}, Storage: []SDLSize{{Size: "10Gi"}}}
	if res.GPUs > 0 {
		var models []SDLGPUModel
		if res.GPUModel != "" {
			models = []SDLGPUModel{{Model: res.GPUModel}}
		}
		r.GPU = &SDLGPU{Units: res.GPUs, Attributes: SDLGPUVendors{Vendor: map[string][]SDLGPUModel{"nvidia": models}}}
	}
	if len(command) == 0 {
		command = []string{"hokusai", "finetune", "train"}
	}
	s := &SDL{
		Version:  "2.0",
		Services: map[string]SDLService{"trainer": {Image: image, Command: command, Args: []string{"--spec", specURL}}},
		Profiles: SDLProfiles{
			Compute:   map[string]SDLCompute{"trainer": {Resources: r}},
			Placement: map[string]SDLPlacement{"akash": {Attributes: attrs, Pricing: map[string]SDLPricing{"trainer": {Denom: denom, Amount: price}}}},
		},
		Deployment: map[string]map[string]SDLDeployment{"trainer": {"akash": {Profile: "trainer", Count: 1}}},
	}
	return s, s.Validate()
}
