package cli

// Remedy returns what a user of the command line can do about err, which
// the engine packages return without naming flags or commands; "" when
// there is nothing to add. dir is the archive the command used.
func Remedy(err error, dir string) string {
	return ""
}
