package hidden

func handWritten() {
	charge() // want `charge called`
}
