// Package cdr imports the switch's usage records (call detail records) into
// the rating engine every night.
package cdr

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

type Record struct {
	MSISDN   string `json:"msisdn"`
	Kind     string `json:"kind"` // voice, sms, data
	Units    int64  `json:"units"`
	Started  string `json:"started"`
	CellID   string `json:"cell_id"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

type Importer struct {
	RatingURL string
	HC        *http.Client
}

func parse(r io.Reader) ([]Record, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, err
	}
	out := make([]Record, 0, len(rows))
	for _, row := range rows {
		if len(row) < 5 {
			continue
		}
		out = append(out, Record{MSISDN: row[0], Kind: row[1], Started: row[3], CellID: row[4]})
	}
	return out, nil
}

// Import sends one file's records as a batch and waits for the rating job.
func (im *Importer) Import(ctx context.Context, file io.Reader) error {
	recs, err := parse(file)
	if err != nil {
		return err
	}
	body, _ := json.Marshal(map[string]any{"records": recs})
	var jobID string
	for attempt := 0; ; attempt++ {
		res, err := im.HC.Post(im.RatingURL+"/batches", "application/json", bytes.NewReader(body))
		if err == nil && res.StatusCode == http.StatusAccepted {
			var out struct {
				Job string `json:"job"`
			}
			_ = json.NewDecoder(res.Body).Decode(&out)
			res.Body.Close()
			jobID = out.Job
			break
		}
		if attempt > 5 {
			return fmt.Errorf("rating engine unavailable")
		}
		time.Sleep(500 * time.Millisecond)
	}
	return im.waitRated(ctx, jobID)
}

func (im *Importer) waitRated(ctx context.Context, jobID string) error {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for range tick.C {
		res, err := im.HC.Get(im.RatingURL + "/jobs/" + jobID)
		if err != nil {
			return err
		}
		var st struct {
			State string `json:"state"`
		}
		_ = json.NewDecoder(res.Body).Decode(&st)
		res.Body.Close()
		if st.State == "rated" {
			return nil
		}
	}
	return nil
}
