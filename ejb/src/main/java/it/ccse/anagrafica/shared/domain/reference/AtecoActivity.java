package it.ccse.anagrafica.shared.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A node of an ATECO classification, from section ("A") down to subcategory ("01.11.00"). */
@Entity
@Table(name = "ref_ateco")
@IdClass(AtecoActivityId.class)
@Cacheable
public class AtecoActivity {

  /** ATECO 2025, in force since 1 April 2025. */
  public static final String ATECO_2025 = "2025";

  /** ATECO 2007 as updated in 2022, the codes registered before ATECO 2025. */
  public static final String ATECO_2007_2022 = "2007-2022";

  @Id private String classification;

  @Id private String code;

  /** 1 section, 2 division, 3 group, 4 class, 5 category, 6 subcategory. */
  private int level;

  @Column(name = "title_it")
  private String titleIt;

  @Column(name = "title_en")
  private String titleEn;

  @Column(name = "parent_code")
  private String parentCode;

  protected AtecoActivity() {}

  /** {@link #ATECO_2025} or {@link #ATECO_2007_2022}. */
  public String getClassification() {
    return classification;
  }

  public String getCode() {
    return code;
  }

  /** 1 section, 2 division, 3 group, 4 class, 5 category, 6 subcategory. */
  public int getLevel() {
    return level;
  }

  public String getTitleIt() {
    return titleIt;
  }

  /** Null in ATECO 2007, which has no English titles here. */
  public String getTitleEn() {
    return titleEn;
  }

  /** Null for sections. */
  public String getParentCode() {
    return parentCode;
  }
}
