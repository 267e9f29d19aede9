// Package deployhooks is a CI/CD service, not a shop: its webhook
// provisions preview environments and its "success" page switches a
// feature flag on. Neither grants anything that was paid for.
package deployhooks

import (
	"encoding/json"
	"net/http"
)

type Deployer struct{}

func (Deployer) ProvisionPreview(branch string) error { return nil }

type Flags struct{}

func (Flags) ActivateFeature(name string) {}

type pushEvent struct {
	Ref string `json:"ref"`
}

type server struct {
	deploy Deployer
	flags  Flags
}

// webhook receives pushes from an internal CI system on a private network.
func (s *server) webhook(w http.ResponseWriter, r *http.Request) {
	var ev pushEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if err := s.deploy.ProvisionPreview(ev.Ref); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// optInSuccess is where the beta opt-in form lands.
func (s *server) optInSuccess(w http.ResponseWriter, r *http.Request) {
	s.flags.ActivateFeature(r.URL.Query().Get("feature"))
	w.Write([]byte("You are in the beta."))
}

func Routes(s *server) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhook", s.webhook)
	mux.HandleFunc("GET /flags/success", s.optInSuccess)
	return mux
}
