package lookalikes

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

type CI struct {
	DB          *sql.DB
	Secret      []byte
	BuildServer string
	HTTP        *http.Client
}

type pushEvent struct {
	Ref        string `json:"ref"`
	After      string `json:"after"`
	Repository struct {
		FullName string `json:"full_name"`
	} `json:"repository"`
}

// GitHubPush starts a build for each push (verified with X-Hub-Signature-256).
func (ci *CI) GitHubPush(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, ci.Secret)
	mac.Write(body)
	want := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Hub-Signature-256"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var evt pushEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	ci.DB.Exec(`INSERT INTO builds (repo, sha, status) VALUES ($1, $2, 'queued')`, evt.Repository.FullName, evt.After)
	resp, err := ci.HTTP.Post(ci.BuildServer+"/trigger", "application/json",
		strings.NewReader(`{"sha":"`+evt.After+`"}`))
	if err == nil {
		resp.Body.Close()
	}
	w.WriteHeader(http.StatusAccepted)
}

// SlackCommand answers /deploy; Slack signs with v0=hmac.
func (ci *CI) SlackCommand(w http.ResponseWriter, r *http.Request) {
	text := r.FormValue("text")
	ci.DB.Exec(`INSERT INTO deploy_requests (user_name, text) VALUES ($1, $2)`, r.FormValue("user_name"), text)
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"text":"deploy queued"}`))
}
