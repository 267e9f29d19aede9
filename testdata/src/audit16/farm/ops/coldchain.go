package ops

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"
)

// Reading is one cold-room sensor sample.
type Reading struct {
	SensorID string  `json:"sensor_id"`
	TempC    float64 `json:"temp_c"`
	Status   string  `json:"status"` // ok, warming, alarm, calibrating
}

// ColdChain watches the cold rooms where boxes wait for dispatch.
type ColdChain struct {
	gateway string
	hc      *http.Client
	rdb     *redis.Client
	queue   *asynq.Client
}

// NewColdChain returns the cold-chain monitor.
func NewColdChain(gateway string, rdb *redis.Client, queue *asynq.Client) *ColdChain {
	return &ColdChain{gateway: gateway, hc: &http.Client{Timeout: 3 * time.Second}, rdb: rdb, queue: queue}
}

func (c *ColdChain) read(ctx context.Context, sensorID string) (*Reading, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.gateway+"/sensors/"+sensorID+"/reading", nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Reading
	return &r, json.NewDecoder(resp.Body).Decode(&r)
}

// WaitCalibrated samples a sensor after a restart until it reports a
// settled value; the gateway serves readings from memory, so it is polled
// quickly.
func (c *ColdChain) WaitCalibrated(ctx context.Context, sensorID string) (*Reading, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		r, err := c.read(ctx, sensorID)
		if err != nil {
			return nil, err
		}
		if r.Status != "calibrating" {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("sensor %s still calibrating", sensorID)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// SensorHook receives pushed alarms from the sensor gateway on the farm LAN.
func (c *ColdChain) SensorHook(w http.ResponseWriter, r *http.Request) {
	var rd Reading
	if err := json.NewDecoder(r.Body).Decode(&rd); err != nil {
		http.Error(w, "bad reading", http.StatusBadRequest)
		return
	}
	c.rdb.HSet(r.Context(), "coldroom:last", rd.SensorID, rd.TempC)
	if rd.Status == "alarm" {
		b, _ := json.Marshal(rd)
		c.queue.EnqueueContext(r.Context(), asynq.NewTask("coldroom:inspect", b))
	}
	w.WriteHeader(http.StatusNoContent)
}
