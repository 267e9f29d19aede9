// Package paystatus reads payment state from the KeyStone settlement API
// and creates settlements.
package paystatus

import (
	"net/http"
	"sync"
)

// API is the settlement API client; the token is refreshed on 401.
type API struct {
	Base   string
	HTTP   *http.Client
	mu     sync.Mutex
	token  string
	Tokens TokenSource
}

// TokenSource hands out a fresh JWT.
type TokenSource interface {
	Token() (string, error)
}

func (a *API) bearer() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.token
}

func (a *API) refresh() error {
	t, err := a.Tokens.Token()
	if err != nil {
		return err
	}
	a.mu.Lock()
	a.token = t
	a.mu.Unlock()
	return nil
}

// Settlement is the resource the API returns.
type Settlement struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}
