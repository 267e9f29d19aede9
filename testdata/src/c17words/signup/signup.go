// Package signup confirms new accounts (gin): the link in the welcome
// mail brings the user's token back, the single-page app posts it, and
// once the token checks out the account's workspace is set up on the
// plan chosen at sign-up and a welcome mail is sent. The token is the
// user's, read from the path; no provider posts here.
package signup

import (
	"net/http"
	"net/smtp"

	"github.com/gin-gonic/gin"
)

// Tokens checks e-mail confirmation tokens; main wires the store.
type Tokens interface {
	VerifyEmailToken(token string) (userID string, err error)
}

// Workspaces sets up accounts' workspaces.
type Workspaces struct {
	plans map[string]string
}

// ProvisionWorkspace sets the account's workspace up on its plan.
func (ws *Workspaces) ProvisionWorkspace(userID, plan string) error {
	ws.plans[userID] = plan
	return nil
}

// Confirm is the confirmation endpoint.
type Confirm struct {
	tokens     Tokens
	workspaces *Workspaces
	plans      map[string]string
	mailHost   string
}

// Register mounts the endpoint.
func (cf *Confirm) Register(r *gin.Engine) {
	r.POST("/signup/confirm/:token", cf.ConfirmEmail)
}

// ConfirmEmail checks the token and sets the account up.
func (cf *Confirm) ConfirmEmail(c *gin.Context) {
	userID, err := cf.tokens.VerifyEmailToken(c.Param("token"))
	if err != nil {
		c.JSON(http.StatusGone, gin.H{"error": "link expired"})
		return
	}
	if err := cf.workspaces.ProvisionWorkspace(userID, cf.plans[userID]); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	_ = smtp.SendMail(cf.mailHost, nil, "hello@example.com", []string{userID}, []byte("Welcome aboard"))
	c.JSON(http.StatusOK, gin.H{"user": userID})
}
