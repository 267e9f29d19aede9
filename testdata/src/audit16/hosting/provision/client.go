// Package provision drives the datacenter API: servers, snapshots, DNS,
// and the operational side-channels (status page, usage metrics).
package provision

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

// Client calls the datacenter orchestration API.
type Client struct {
	http  *retryablehttp.Client
	base  string
	token string
}

// NewClient retries transport errors and every non-2xx answer: the
// orchestrator answers 404/409 for a few seconds while a node is
// rebalancing.
func NewClient(base, token string) *Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 5
	rc.RetryWaitMin = 500 * time.Millisecond
	rc.RetryWaitMax = 15 * time.Second
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if err != nil {
			return true, nil
		}
		return resp.StatusCode >= 400, nil
	}
	return &Client{http: rc, base: base, token: token}
}

// ServerSpec describes a server to build.
type ServerSpec struct {
	AccountID string `json:"account_id"`
	Plan      string `json:"plan"`
	Region    string `json:"region"`
	Image     string `json:"image"`
	RequestID string `json:"request_id"`
}

// Server is the orchestrator's view of a machine.
type Server struct {
	ID    string `json:"id"`
	IPv4  string `json:"ipv4"`
	State string `json:"state"`
}

func (c *Client) do(ctx context.Context, method, path string, body any, out any) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// CreateServer builds a server; the request id lets the orchestrator drop
// a replayed build.
func (c *Client) CreateServer(ctx context.Context, spec ServerSpec) (*Server, error) {
	if spec.RequestID == "" {
		spec.RequestID = uuid.NewString()
	}
	b, err := json.Marshal(spec)
	if err != nil {
		return nil, err
	}
	var s Server
	return &s, c.do(ctx, http.MethodPost, "/v1/servers", b, &s)
}

func (c *Client) Suspend(ctx context.Context, serverID string) error {
	return c.do(ctx, http.MethodPost, "/v1/servers/"+serverID+"/actions/suspend", nil, nil)
}

func (c *Client) Resume(ctx context.Context, serverID string) error {
	return c.do(ctx, http.MethodPost, "/v1/servers/"+serverID+"/actions/resume", nil, nil)
}

// Snapshot starts a backup snapshot and returns its id.
func (c *Client) Snapshot(ctx context.Context, serverID string) (string, error) {
	var out struct {
		ID string `json:"id"`
	}
	err := c.do(ctx, http.MethodPost, "/v1/servers/"+serverID+"/snapshots", nil, &out)
	return out.ID, err
}

// SnapshotState reads a snapshot's state (pending, running, done, failed).
func (c *Client) SnapshotState(ctx context.Context, snapshotID string) (string, error) {
	var out struct {
		State string `json:"state"`
	}
	err := c.do(ctx, http.MethodGet, "/v1/snapshots/"+snapshotID, nil, &out)
	return out.State, err
}
