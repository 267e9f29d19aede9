package ocpp

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// ConnectorStatus is the OCPP 1.6 StatusNotification status.
type ConnectorStatus struct {
	Status        string `json:"status"`
	TransactionID int    `json:"transactionId"`
	MeterWh       int64  `json:"meterWh"`
}

func (c *Client) Connector(ctx context.Context, chargerID string, connector int) (*ConnectorStatus, error) {
	url := fmt.Sprintf("%s/chargepoints/%s/connectors/%d", c.base, chargerID, connector)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var st ConnectorStatus
	return &st, json.NewDecoder(resp.Body).Decode(&st)
}

// WaitCharging watches the connector until the car draws current, so the
// app can flip to the "charging" screen quickly.
func (c *Client) WaitCharging(ctx context.Context, chargerID string, connector int) (*ConnectorStatus, error) {
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		st, err := c.Connector(ctx, chargerID, connector)
		if err == nil && (st.Status == "Charging" || st.Status == "Faulted") {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}
