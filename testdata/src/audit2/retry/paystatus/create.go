package paystatus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// NewSettlement is the body of POST /v1/settlements.
type NewSettlement struct {
	IdempotencyKey string `json:"idempotency_key"`
	TemplateID     string `json:"template_id"`
	Amount         int64  `json:"amount"`
}

// APIError carries the HTTP status of a failed call.
type APIError struct {
	Status int
	Detail string
}

func (e *APIError) Error() string { return fmt.Sprintf("%d: %s", e.Status, e.Detail) }

func (a *API) postSettlement(ns NewSettlement) (*Settlement, error) {
	b, _ := json.Marshal(ns)
	req, _ := http.NewRequest(http.MethodPost, a.Base+"/v1/settlements", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+a.bearer())
	resp, err := a.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
		var e APIError
		json.NewDecoder(resp.Body).Decode(&e)
		e.Status = resp.StatusCode
		return nil, &e
	}
	var s Settlement
	return &s, json.NewDecoder(resp.Body).Decode(&s)
}

// CreateSettlement keeps one key; 401 refreshes the token, 409 means the
// same key is still being processed, 5xx backs off; other 4xx stop.
func (a *API) CreateSettlement(ns NewSettlement) (*Settlement, error) {
	wait := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		s, err := a.postSettlement(ns)
		var apiErr *APIError
		if err == nil || !errors.As(err, &apiErr) {
			if err == nil {
				return s, nil
			}
		} else {
			switch {
			case apiErr.Status == http.StatusUnauthorized:
				if rerr := a.refresh(); rerr != nil {
					return nil, rerr
				}
				continue
			case apiErr.Status == http.StatusConflict, apiErr.Status >= 500:
			default:
				return nil, err
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, errors.New("settlement: retries exhausted")
}

// CreateSettlementRetrying retries any APIError the same way.
func (a *API) CreateSettlementRetrying(ns NewSettlement) (*Settlement, error) {
	for attempt := 0; attempt < 3; attempt++ {
		s, err := a.postSettlement(ns)
		if err == nil {
			return s, nil
		}
		var apiErr *APIError
		if errors.As(err, &apiErr) && apiErr.Status >= 400 { // want "\\[retrystatus\\] paystatus.API.postSettlement .POST /v1/settlements. is retried by a for loop .line 77.: every non-2xx status is retried"
			time.Sleep(3 * time.Second)
			continue
		}
		return nil, err
	}
	return nil, errors.New("settlement: retries exhausted")
}
