package enforcement

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

// Occupancy is a bay sensor's answer.
type Occupancy struct {
	BayID    string `json:"bay_id"`
	Occupied bool   `json:"occupied"`
	Plate    string `json:"plate,omitempty"`
}

// SensorGateway reads the in-ground bay sensors of a zone.
type SensorGateway struct {
	base string
	http *http.Client
}

// NewSensorGateway returns a sensor gateway client.
func NewSensorGateway(base string, hc *http.Client) *SensorGateway {
	return &SensorGateway{base: base, http: hc}
}

func (g *SensorGateway) read(ctx context.Context, zone string) ([]Occupancy, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/zones/"+zone+"/bays", nil)
	if err != nil {
		return nil, err
	}
	resp, err := g.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var bays []Occupancy
	return bays, json.NewDecoder(resp.Body).Decode(&bays)
}

// Watch streams bay changes of a zone to out until ctx ends. The sensor
// gateway is on the local network and is read twice a second.
func (g *SensorGateway) Watch(ctx context.Context, zone string, out chan<- Occupancy) {
	last := map[string]bool{}
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(500 * time.Millisecond):
		}
		bays, err := g.read(ctx, zone)
		if err != nil {
			log.Printf("sensors %s: %v", zone, err)
			continue
		}
		for _, b := range bays {
			if last[b.BayID] != b.Occupied {
				last[b.BayID] = b.Occupied
				out <- b
			}
		}
	}
}
