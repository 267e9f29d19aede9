package provision

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// WaitPropagated waits until a hostname resolves to the server's address.
func WaitPropagated(ctx context.Context, host, ip string) error {
	var r net.Resolver
	for i := 0; i < 240; i++ {
		addrs, err := r.LookupHost(ctx, host)
		if err == nil {
			for _, a := range addrs {
				if a == ip {
					return nil
				}
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	return fmt.Errorf("dns: %s did not resolve to %s", host, ip)
}

// BackupAll snapshots every server, retaking a snapshot that stalls.
func (c *Client) BackupAll(ctx context.Context, serverIDs []string) {
	for _, id := range serverIDs {
		snap, err := c.Snapshot(ctx, id)
		if err != nil {
			log.Printf("backup %s: %v", id, err)
			continue
		}
		started := time.Now()
		for {
			state, err := c.SnapshotState(ctx, snap)
			if err == nil && (state == "done" || state == "failed") {
				break
			}
			if time.Since(started) > 20*time.Minute {
				if snap, err = c.Snapshot(ctx, id); err != nil {
					break
				}
				started = time.Now()
			}
			if ctx.Err() != nil {
				return
			}
			time.Sleep(time.Second)
		}
	}
}

// StatusPinger reports liveness to the public status page.
type StatusPinger struct {
	URL string
	hc  http.Client
}

// Ping posts one heartbeat, trying again quickly on failure.
func (p *StatusPinger) Ping(ctx context.Context, component string) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.URL+"/components/"+component+"/heartbeat", nil)
		resp, err := p.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return
			}
		}
		if ctx.Err() != nil {
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// MetricsExporter ships usage samples to the analytics pipeline.
type MetricsExporter struct {
	Endpoint string
	hc       http.Client
}

// Sample is one usage measurement.
type Sample struct {
	ServerID string  `json:"server_id"`
	Metric   string  `json:"metric"`
	Value    float64 `json:"value"`
	At       int64   `json:"at"`
}

// Export sends a batch, tagging every attempt so the pipeline can trace it.
func (m *MetricsExporter) Export(ctx context.Context, batch []Sample) error {
	for attempt := 0; attempt < 3; attempt++ {
		payload, _ := json.Marshal(map[string]any{"batch_id": uuid.NewString(), "samples": batch})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.Endpoint+"/v1/ingest", bytes.NewReader(payload))
		if err != nil {
			return err
		}
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := m.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode/100 == 2 {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("metrics export: %d samples dropped", len(batch))
}
