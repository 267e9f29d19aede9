package fleet

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/go-resty/resty/v2"
	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"

	"audit9/mobility/retryx"
)

// Telemetry ingests vehicle pings and lock callbacks.
type Telemetry struct {
	pool      *pgxpool.Pool
	iotSecret string
}

// NewTelemetry returns the telemetry ingest.
func NewTelemetry(pool *pgxpool.Pool, iotSecret string) *Telemetry {
	return &Telemetry{pool: pool, iotSecret: iotSecret}
}

// Routes registers the vehicle-facing endpoints.
func (t *Telemetry) Routes(r *mux.Router) {
	r.HandleFunc("/hooks/telemetry", t.ping).Methods(http.MethodPost)
	r.HandleFunc("/hooks/iot/lock-events", t.lockEvent).Methods(http.MethodPost)
}

type ping struct {
	VehicleID string  `json:"vehicle_id"`
	Lat       float64 `json:"lat"`
	Lng       float64 `json:"lng"`
	Battery   int     `json:"battery"`
}

func (t *Telemetry) ping(w http.ResponseWriter, r *http.Request) {
	var p ping
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad ping", http.StatusBadRequest)
		return
	}
	_, err := t.pool.Exec(r.Context(), `INSERT INTO vehicle_pings (vehicle_id, lat, lng, battery, seen_at)
		VALUES ($1, $2, $3, $4, now())`, p.VehicleID, p.Lat, p.Lng, p.Battery)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (t *Telemetry) lockEvent(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := retryx.VerifyHMAC(body, r.Header.Get("X-Signature"), t.iotSecret); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev struct {
		VehicleID string `json:"vehicle_id"`
		State     string `json:"state"`
	}
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	_, err = t.pool.Exec(r.Context(), `UPDATE vehicles SET lock_state = $2 WHERE id = $1`, ev.VehicleID, ev.State)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Ops is the operations API: battery swaps and geofences.
type Ops struct {
	rc   *resty.Client
	pool *pgxpool.Pool
}

// NewOps returns the ops client.
func NewOps(baseURL, token string, pool *pgxpool.Pool) *Ops {
	return &Ops{rc: resty.New().SetBaseURL(baseURL).SetAuthToken(token).SetRetryCount(3), pool: pool}
}

// AwaitSwap waits for a battery swap job to be completed by the ranger.
func (o *Ops) AwaitSwap(ctx context.Context, jobID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		var job struct {
			Status string `json:"status"`
		}
		if _, err := o.rc.R().SetContext(ctx).SetResult(&job).Get("/v1/swaps/" + jobID); err != nil {
			return "", err
		}
		if job.Status == "completed" || job.Status == "failed" {
			return job.Status, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-tick.C:
		}
	}
}

// Zone is a geofenced area with its riding rules.
type Zone struct {
	ID       string      `json:"id"`
	Kind     string      `json:"kind"` // no_parking, slow, no_ride
	Polygon  [][]float64 `json:"polygon"`
	MaxSpeed int         `json:"max_speed"`
}

// SyncZones pushes the city's geofences to the vehicle firmware service.
func (o *Ops) SyncZones(ctx context.Context, city string, zones []Zone) error {
	op := func() error {
		resp, err := o.rc.R().SetContext(ctx).SetBody(zones).Put("/v1/cities/" + city + "/zones")
		if err != nil {
			return err
		}
		if resp.IsError() {
			return backoff.Permanent(&zoneError{status: resp.StatusCode()})
		}
		return nil
	}
	return backoff.Retry(op, backoff.WithMaxRetries(backoff.NewConstantBackOff(100*time.Millisecond), 5))
}

type zoneError struct{ status int }

func (e *zoneError) Error() string { return "zone sync: status " + http.StatusText(e.status) }

// WarmTiles prefetches the map tiles of a city for the offline map.
func (o *Ops) WarmTiles(ctx context.Context, tileURLs []string) {
	for _, u := range tileURLs {
		for attempt := 0; attempt < 3; attempt++ {
			resp, err := o.rc.R().SetContext(ctx).Get(u)
			if err == nil && resp.IsSuccess() {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	log.Printf("fleet: warmed %d tiles", len(tileURLs))
}
