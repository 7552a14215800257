package kz.ordo.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import kz.ordo.identity.boundary.PeopleService;
import kz.ordo.identity.boundary.Person;
import jakarta.inject.Named;
import kz.ordo.batch.JobService;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.Texts;

import java.io.Serializable;
import java.util.List;

/** The batch jobs for administrators: start now, restart a failed run, the recent runs with their counts. */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    Texts texts;

    @Inject
    PeopleService people;

    private List<JobService.Run> runs;
    private Person recipient;

    public List<String> getJobs() {
        return JobService.JOBS;
    }

    public List<JobService.Run> getRuns() {
        if (runs == null) {
            runs = jobs.recent(10);
        }
        return runs;
    }

    public void start(String job) {
        try {
            texts.info("jobs.started", job, jobs.start(job, null));
        } catch (BusinessException e) {
            texts.error(e);
        }
        runs = null;
    }

    public void restart(long executionId) {
        try {
            texts.info("jobs.started", "#" + executionId, jobs.restart(executionId));
        } catch (BusinessException e) {
            texts.error(e);
        }
        runs = null;
    }

    public List<Object[]> getRecipients() {
        return jobs.reportRecipients();
    }

    public void addRecipient() {
        try {
            jobs.addReportRecipient(recipient == null ? null : recipient.getId());
            texts.info("common.saved");
            recipient = null;
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public void removeRecipient(long userId) {
        jobs.removeReportRecipient(userId);
        texts.info("common.saved");
    }

    public List<Person> suggestPeople(String query) {
        return people.suggest(query);
    }

    public Person getRecipient() {
        return recipient;
    }

    public void setRecipient(Person recipient) {
        this.recipient = recipient;
    }

    public List<Object[]> getReports() {
        return jobs.reports(60);
    }

    public org.primefaces.model.StreamedContent download(Object id) {
        Object[] file = jobs.report(((Number) id).longValue());
        byte[] content = (byte[]) file[1];
        return org.primefaces.model.DefaultStreamedContent.builder().name((String) file[0])
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new java.io.ByteArrayInputStream(content)).build();
    }

    public void refresh() {
        runs = null;
    }
}
