namespace HanoiDvc.Application.Complaints.Queries.TrackComplaint;

internal sealed class TrackComplaintValidator : AbstractValidator<TrackComplaint>
{
    public TrackComplaintValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(30);
}
