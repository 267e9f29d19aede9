// Package fleet talks to the vehicles: IoT lock commands, telemetry
// pings, battery swaps, map tiles and geofence zones.
package fleet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// IoT is the lock vendor's command API.
type IoT struct {
	hc      *http.Client
	baseURL string
	token   string
}

// NewIoT returns the lock command client.
func NewIoT(baseURL, token string) *IoT {
	return &IoT{hc: &http.Client{Timeout: 5 * time.Second}, baseURL: baseURL, token: token}
}

type command struct {
	ID        string `json:"id"`
	VehicleID string `json:"vehicle_id"`
	Action    string `json:"action"`
}

// Unlock sends an unlock command and waits for the lock to confirm it.
// Locks on a weak LTE link drop commands, so it resends quickly.
func (c *IoT) Unlock(ctx context.Context, vehicleID string) error {
	var lastErr error
	for attempt := 0; attempt < 6; attempt++ {
		cmd := command{ID: uuid.NewString(), VehicleID: vehicleID, Action: "unlock"}
		if err := c.send(ctx, cmd); err != nil {
			lastErr = err
			time.Sleep(150 * time.Millisecond)
			continue
		}
		if err := c.awaitAck(ctx, cmd.ID); err != nil {
			lastErr = err
			continue
		}
		return nil
	}
	return fmt.Errorf("unlock %s: %w", vehicleID, lastErr)
}

func (c *IoT) send(ctx context.Context, cmd command) error {
	body, _ := json.Marshal(cmd)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/commands", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		return fmt.Errorf("command rejected: %s", resp.Status)
	}
	return nil
}

var errNoAck = errors.New("lock did not confirm")

// awaitAck polls the command until the lock reports CONFIRMED or FAILED.
func (c *IoT) awaitAck(ctx context.Context, cmdID string) error {
	for i := 0; i < 20; i++ {
		st, err := c.commandStatus(ctx, cmdID)
		if err != nil {
			return err
		}
		switch st {
		case "CONFIRMED":
			return nil
		case "FAILED", "EXPIRED":
			return errNoAck
		}
		time.Sleep(300 * time.Millisecond)
	}
	return errNoAck
}

func (c *IoT) commandStatus(ctx context.Context, cmdID string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/v1/commands/"+cmdID, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Status, nil
}
