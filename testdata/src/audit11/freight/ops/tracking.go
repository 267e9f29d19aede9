// Package ops holds the operational integrations around a load: GPS/ELD
// tracking, rate quotes, document OCR, dispatch messages and e-mail.
package ops

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// Position is a truck's last reported location.
type Position struct {
	TruckID string    `json:"truck_id" bson:"truck_id"`
	Lat     float64   `json:"lat" bson:"lat"`
	Lng     float64   `json:"lng" bson:"lng"`
	Status  string    `json:"duty_status" bson:"duty_status"`
	At      time.Time `json:"at" bson:"at"`
}

// Tracker follows trucks through the ELD vendor's API.
type Tracker struct {
	eldBase   string
	hc        *http.Client
	positions *mongo.Collection
}

// NewTracker returns a tracker storing positions in coll.
func NewTracker(eldBase string, coll *mongo.Collection) *Tracker {
	return &Tracker{eldBase: eldBase, hc: &http.Client{Timeout: 5 * time.Second}, positions: coll}
}

func (t *Tracker) fetch(ctx context.Context, truckID string) (*Position, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.eldBase+"/v2/vehicles/"+truckID+"/location", nil)
	if err != nil {
		return nil, err
	}
	resp, err := t.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("eld: %s: %d", truckID, resp.StatusCode)
	}
	var p Position
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// Follow streams a truck's position into Mongo for the live map until the
// caller cancels ctx.
func (t *Tracker) Follow(ctx context.Context, truckID string) {
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		p, err := t.fetch(ctx, truckID)
		if err != nil {
			continue
		}
		_, err = t.positions.UpdateOne(ctx, bson.M{"truck_id": truckID},
			bson.M{"$set": p})
		if err != nil {
			log.Printf("tracking: store %s: %v", truckID, err)
		}
	}
}

// WaitArrived polls the ELD until the truck reports it is on site.
func (t *Tracker) WaitArrived(ctx context.Context, truckID string) error {
	for {
		p, err := t.fetch(ctx, truckID)
		if err == nil && p.Status == "on_site" {
			return nil
		}
		time.Sleep(time.Second)
	}
}

// ELDEvents receives duty-status changes pushed by the ELD vendor.
func (t *Tracker) ELDEvents(w http.ResponseWriter, r *http.Request) {
	var p Position
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	_, err := t.positions.UpdateOne(r.Context(), bson.M{"truck_id": p.TruckID},
		bson.M{"$set": bson.M{"duty_status": p.Status, "at": p.At}})
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
