package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeRequests;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.PracticeGroup;
import it.ccse.anagrafica.practices.domain.PracticeTarget;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Richieste" (RQ-1..RQ-3): one menu per group ("Pratiche Azienda", "Pratiche Dispositivi USB",
 * "Pratiche Black Box") with the types the caller may file, the eligible targets of the type
 * chosen, "Crea Pratica"; and the caller's drafts, kept across logout.
 */
@Named
@ViewScoped
public class PracticeMenus implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeRequests requests;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  private final Map<PracticeGroup, List<PracticeType>> offered = new EnumMap<>(PracticeGroup.class);

  /** The type chosen in each group's menu, by the group's name; one menu at a time. */
  private final Map<String, String> choices = new HashMap<>();

  private PracticeType type;
  private List<PracticeTarget> targets = List.of();
  private String target;
  private List<PracticeView> drafts = List.of();

  /** f:viewAction. */
  public void load() {
    for (PracticeGroup group : PracticeGroup.values()) {
      if (group.isOffered()) {
        offered.put(group, requests.offered(user.username(), deviceInUse.get(), group));
      }
    }
    drafts = requests.drafts(user.username(), deviceInUse.get());
  }

  /** A type chosen in one menu clears the others and lists its eligible targets. */
  public void choose(PracticeGroup group) {
    String chosen = choices.get(group.name());
    choices.clear();
    if (chosen != null) {
      choices.put(group.name(), chosen);
    }
    type = chosen == null ? null : PracticeType.valueOf(chosen);
    targets = type == null ? List.of() : requests.targets(user.username(), deviceInUse.get(), type);
    target = targets.size() == 1 ? targets.get(0).id() : null;
  }

  /** "Crea Pratica": the draft, then its page. */
  public String create() {
    var draft = requests.create(user.username(), deviceInUse.get(), type, target);
    return "/area/richieste/pratica?faces-redirect=true&id=" + draft.publicId();
  }

  /** The groups whose menu offers something to the caller, in the guide's order. */
  public List<PracticeGroup> getGroups() {
    return offered.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(Map.Entry::getKey)
        .toList();
  }

  public List<PracticeType> typesOf(PracticeGroup group) {
    return offered.getOrDefault(group, List.of());
  }

  public Map<String, String> getChoices() {
    return choices;
  }

  public PracticeType getType() {
    return type;
  }

  public List<PracticeTarget> getTargets() {
    return targets;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public List<PracticeView> getDrafts() {
    return drafts;
  }
}
