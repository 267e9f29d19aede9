// Package tripfare: a fare charged through a hand-written client whose
// own loop posts the charge again after a failure; when the gateway
// answers anything but 201 it reconciles by counting the trips the caller
// has stored (a read-only callback) against the charges it lists.
package tripfare

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

var errMismatch = errors.New("charges and trips disagree")

type fare struct {
	Cents int64 `json:"cents"`
}

// chargeFare retries its own POST; countTrips is only read to reconcile.
func chargeFare(ctx context.Context, base string, f fare, countTrips func(context.Context) (int, error)) error {
	raw, err := json.Marshal(f)
	if err != nil {
		return err
	}
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", bytes.NewReader(raw))
		if err != nil {
			return err
		}
		res, err := http.DefaultClient.Do(req) // want `POST /charges is retried`
		if err == nil && res.StatusCode != http.StatusCreated {
			res.Body.Close()
			var listed []fare
			lres, lerr := http.Get(base + "/charges")
			if lerr == nil {
				lerr = json.NewDecoder(lres.Body).Decode(&listed)
				lres.Body.Close()
			}
			n, cerr := countTrips(ctx)
			switch {
			case lerr != nil:
				err = lerr
			case cerr != nil:
				err = cerr
			case n != len(listed):
				err = fmt.Errorf("%d trips, %d charges: %w", n, len(listed), errMismatch)
			}
		} else if err == nil {
			res.Body.Close()
		}
		if err == nil {
			return nil
		}
		if attempt >= 3 {
			return err
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// FinishTrip: no loop here; the retry belongs to chargeFare.
func FinishTrip(ctx context.Context, db *sql.DB, base string, rider string, cents int64) error {
	return chargeFare(ctx, base, fare{Cents: cents}, func(ctx context.Context) (int, error) {
		var n int
		err := db.QueryRowContext(ctx, `SELECT count(*) FROM trips WHERE rider = $1`, rider).Scan(&n)
		return n, err
	})
}
