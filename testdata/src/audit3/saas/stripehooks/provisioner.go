package stripehooks

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// HTTPProvisioner is the production Provisioner: the platform team's
// tenant service creates databases and DNS for a new workspace.
type HTTPProvisioner struct {
	client *http.Client
	base   string
}

func NewHTTPProvisioner(base string) *HTTPProvisioner {
	return &HTTPProvisioner{client: &http.Client{Timeout: 30 * time.Second}, base: base}
}

func (p *HTTPProvisioner) ProvisionTenant(workspaceID, plan string) error {
	body, _ := json.Marshal(map[string]string{"workspace": workspaceID, "plan": plan})
	resp, err := p.client.Post(p.base+"/v1/tenants", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("provisioning: %s", resp.Status)
	}
	return nil
}

var _ Provisioner = (*HTTPProvisioner)(nil)
